package cl.gob.mintrab.canalregional.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The Spanish texts of the whole interface, one properties file per feature in this package (so features do not
 * edit each other's texts), seen by pages as the single bundle {@code msg} and by code through
 * {@code support.Texts}. A key defined in two files is a mistake; it fails at start-up.
 */
public class Messages extends ResourceBundle {

    /** The feature files, in this package, without ".properties". Add a feature's file here. */
    static final List<String> PARTS = List.of("site", "security", "content", "compliance", "coverage", "stats");

    private final Map<String, String> texts;

    public Messages() {
        Map<String, String> merged = new HashMap<>();
        for (String part : PARTS) {
            Properties properties = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream(part + ".properties")) {
                if (in == null) {
                    throw new IllegalStateException("Missing texts file " + part + ".properties");
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : properties.stringPropertyNames()) {
                if (merged.put(key, properties.getProperty(key)) != null) {
                    throw new IllegalStateException("Text key defined twice: " + key + " (again in " + part + ")");
                }
            }
        }
        this.texts = Map.copyOf(merged);
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }
}
