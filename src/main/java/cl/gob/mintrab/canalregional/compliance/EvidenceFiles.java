package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Evidence files under {@code CANAL_DATA_DIR/gestion-territorial/evidencia/}, outside the web root, named by a
 * random key (never by what the user called them). The type is checked from the content, not only from the name:
 * PDF, PNG and JPEG by their signature; DOCX, XLSX, ODT and ODS as ZIP containers; CSV as UTF-8 text.
 */
@ApplicationScoped
public class EvidenceFiles {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Allowed extensions and the content type they are served with. */
    static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "csv", "text/csv");

    @Inject
    @ConfigProperty(name = "canal.data.dir", defaultValue = "./data")
    String dataDir;

    /** A checked upload: its content type and a file name safe to show and to send back. */
    public record Checked(String fileName, String contentType) {
    }

    /**
     * @throws ValidationException (field "evidenceFile") when empty, too large or not of an allowed type
     */
    public static Checked check(String fileName, byte[] content) {
        if (content == null || content.length == 0 || fileName == null || fileName.isBlank()) {
            throw ValidationException.of("evidenceFile", "gt.file_required");
        }
        if (content.length > MAX_BYTES) {
            throw ValidationException.of("evidenceFile", "gt.file_too_large", MAX_BYTES / (1024 * 1024));
        }
        String name = Path.of(fileName.replace('\\', '/')).getFileName().toString()
                .replaceAll("[\\p{Cntrl}\"]", "_");
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null || !contentMatches(extension, content)) {
            throw ValidationException.of("evidenceFile", "gt.file_type");
        }
        if (name.length() > 200) {
            name = name.substring(0, 190) + "." + extension;
        }
        return new Checked(name, type);
    }

    static boolean contentMatches(String extension, byte[] c) {
        return switch (extension) {
            case "pdf" -> starts(c, '%', 'P', 'D', 'F', '-');
            case "png" -> starts(c, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "jpg", "jpeg" -> starts(c, 0xFF, 0xD8, 0xFF);
            case "docx", "xlsx", "odt", "ods" -> starts(c, 'P', 'K', 0x03, 0x04);
            case "csv" -> utf8Text(c);
            default -> false;
        };
    }

    private static boolean starts(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean utf8Text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(ch -> ch == 0);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Writes the content and returns its storage key. */
    public String store(byte[] content) {
        String key = UUID.randomUUID().toString();
        try {
            Path dir = directory();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "subida-", ".tmp");
            Files.write(temp, content);
            Files.move(temp, dir.resolve(key), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    public Path path(String storageKey) {
        if (!storageKey.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        return directory().resolve(storageKey);
    }

    private Path directory() {
        return Path.of(dataDir).toAbsolutePath().resolve("gestion-territorial").resolve("evidencia");
    }
}
