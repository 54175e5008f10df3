package cl.gob.mintrab.canalregional.content;

import org.apache.tika.Tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What an uploaded file really is, from its bytes (Apache Tika's magic numbers), not from its name; the name's
 * extension must agree. Office documents are ZIP containers: which one is told by the entries inside (Word,
 * Excel, OpenDocument). A CSV must be text (UTF-8 or Latin-1) without control characters.
 */
public final class FileTypes {

    private static final Tika TIKA = new Tika();

    private FileTypes() {
    }

    /** The allowed format of the file, or empty when its content is not one of them or does not match its name. */
    public static Optional<FileFormat> detect(Path file, String fileName) throws IOException {
        String type;
        try (InputStream in = Files.newInputStream(file)) {
            type = TIKA.detect(in);
        }
        Optional<FileFormat> format = switch (type) {
            case "application/pdf" -> Optional.of(FileFormat.PDF);
            case "image/png" -> Optional.of(FileFormat.PNG);
            case "image/jpeg" -> Optional.of(FileFormat.JPEG);
            case "application/vnd.oasis.opendocument.text" -> Optional.of(FileFormat.ODT);
            case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(FileFormat.ODS);
            case "application/zip", "application/x-tika-ooxml" -> container(file);
            case "text/plain" -> isText(file) ? Optional.of(FileFormat.CSV) : Optional.empty();
            default -> Optional.empty();
        };
        return format.filter(f -> f.matchesName(fileName));
    }

    private static Optional<FileFormat> container(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null && zip.getEntry("[Content_Types].xml") != null) {
                return Optional.of(FileFormat.DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null && zip.getEntry("[Content_Types].xml") != null) {
                return Optional.of(FileFormat.XLSX);
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    if (declared.equals(FileFormat.ODT.getContentType())) {
                        return Optional.of(FileFormat.ODT);
                    }
                    if (declared.equals(FileFormat.ODS.getContentType())) {
                        return Optional.of(FileFormat.ODS);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException notAZip) {
            return Optional.empty();
        }
    }

    /** Text in UTF-8 or Latin-1 (every byte is a character there): no control characters but line breaks and tabs. */
    private static boolean isText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int b;
            while ((b = in.read()) != -1) {
                if (b == 0 || (b < 0x20 && b != '\n' && b != '\r' && b != '\t') || b == 0x7F) {
                    return false;
                }
            }
        }
        return true;
    }
}
