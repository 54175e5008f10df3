package cl.gob.mintrab.canalregional.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The one deployment every integration test uses: the portal's real WAR as Maven built it, plus the
 * integration-test classes that run inside the server and the reference files they compare the database with. Classes that need libraries the server does not have
 * (the development launcher, the database harness, browser tests) stay out.
 */
public final class Deployments {

    public static final String NAME = "canal-regional.war";

    private Deployments() {
    }

    public static WebArchive portal() {
        Path war = Path.of(System.getProperty("canal.war", "target/canal-regional.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, NAME).importFrom(war.toFile()).as(WebArchive.class);
        Path testClasses = Path.of("target/test-classes");
        try (Stream<Path> files = Files.walk(testClasses)) {
            files.filter(Deployments::runsInContainer).forEach(file -> {
                String name = testClasses.relativize(file).toString().replace('\\', '/');
                archive.add(new FileAsset(file.toFile()), "WEB-INF/classes/" + name);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }

    private static boolean runsInContainer(Path file) {
        String path = file.toString().replace('\\', '/');
        if (path.contains("/reference/")) {
            return Files.isRegularFile(file); // reference data the tests compare the database with
        }
        return path.endsWith(".class")
                && !path.contains("/devserver/")
                && !path.contains("/browser/")
                && !path.contains("/testsupport/TestDatabaseSession")
                && !path.contains("/testsupport/Shared")
                && !path.contains("/testsupport/Browser")
                && !path.endsWith("Test.class")
                && !path.matches(".*Test\\$.*\\.class");
    }
}
