package cl.gob.mintrab.canalregional.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code CANAL_DATA_DIR}: where uploaded files live, outside the web root. With several instances it must be
 * shared storage. {@link #files()} holds stored files, {@link #uploads()} the partial uploads being checked.
 */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "canal.data.dir", defaultValue = "./data")
    String dataDir;

    public Path files() {
        return ensure(Path.of(dataDir).toAbsolutePath().normalize().resolve("files"));
    }

    public Path uploads() {
        return ensure(Path.of(dataDir).toAbsolutePath().normalize().resolve("uploads"));
    }

    private static Path ensure(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }
}
