package cl.gob.mintrab.canalregional.support;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The build's version and timestamp (filtered from the POM). The timestamp versions the static resources'
 * URLs, so browsers may cache them for a year and still get a new file after each deployment.
 */
@Named
@ApplicationScoped
public class CanalBuild {

    private String version;
    private String timestamp;

    @PostConstruct
    void read() {
        Properties properties = new Properties();
        try (InputStream in = CanalBuild.class.getResourceAsStream("/canal-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        version = properties.getProperty("version", "dev");
        timestamp = properties.getProperty("timestamp", "0").replaceAll("[^0-9]", "");
    }

    /** Used by OmniFaces' VersionedResourceHandler as the {@code v} parameter of resource URLs. */
    public String getVersion() {
        return version + "-" + timestamp;
    }

    public String getReleaseVersion() {
        return version;
    }
}
