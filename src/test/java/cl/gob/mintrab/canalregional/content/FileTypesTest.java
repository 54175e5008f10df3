package cl.gob.mintrab.canalregional.content;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileTypesTest {

    @TempDir
    Path dir;

    private Optional<FileFormat> detect(Path file, String name) throws IOException {
        return FileTypes.detect(file, name);
    }

    private Path pdf() throws Exception {
        Path file = dir.resolve("doc.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Acta de la Mesa Técnica"));
            document.close();
        }
        return file;
    }

    private Path image(String format) throws IOException {
        Path file = dir.resolve("img." + format);
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), format, file.toFile());
        return file;
    }

    private Path zip(String name, Map<String, String> entries, boolean storedFirst) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(e.getKey());
                if (storedFirst && e.getKey().equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void realFilesAreRecognisedByTheirContent() throws Exception {
        assertEquals(Optional.of(FileFormat.PDF), detect(pdf(), "acta.pdf"));
        assertEquals(Optional.of(FileFormat.PNG), detect(image("png"), "grafico.PNG"));
        assertEquals(Optional.of(FileFormat.JPEG), detect(image("jpg"), "foto.jpeg"));
        assertEquals(Optional.of(FileFormat.DOCX), detect(zip("a.docx", ordered("[Content_Types].xml", "<Types/>",
                "word/document.xml", "<w:document/>"), false), "informe.docx"));
        assertEquals(Optional.of(FileFormat.XLSX), detect(zip("a.xlsx", ordered("[Content_Types].xml", "<Types/>",
                "xl/workbook.xml", "<workbook/>"), false), "cifras.xlsx"));
        assertEquals(Optional.of(FileFormat.ODT), detect(zip("a.odt", ordered("mimetype",
                "application/vnd.oasis.opendocument.text", "content.xml", "<office/>"), true), "acta.odt"));
        assertEquals(Optional.of(FileFormat.ODS), detect(zip("a.ods", ordered("mimetype",
                "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<office/>"), true), "tabla.ods"));
        Path csv = Files.writeString(dir.resolve("a.csv"), "comuna;cupos\nChillán;120\nÑiquén;40\n");
        assertEquals(Optional.of(FileFormat.CSV), detect(csv, "coberturas.csv"));
    }

    @Test
    void anExtensionDoesNotMakeAFileWhatItIsNot() throws Exception {
        Path html = Files.writeString(dir.resolve("x.html"), "<html><script>alert(1)</script></html>");
        assertEquals(Optional.empty(), detect(html, "informe.pdf"));
        Path exe = Files.write(dir.resolve("x.exe"), new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        assertEquals(Optional.empty(), detect(exe, "planilla.xlsx"));
        assertEquals(Optional.empty(), detect(pdf(), "acta.docx"), "a PDF named .docx");
        assertEquals(Optional.empty(), detect(image("png"), "foto.jpg"), "a PNG named .jpg");
        assertEquals(Optional.empty(), detect(zip("z.zip", ordered("readme.txt", "hola"), false), "cosas.docx"),
                "a plain ZIP is not a Word document");
        Path binary = Files.write(dir.resolve("b.csv"), new byte[]{'a', ';', 0, 1, 2});
        assertEquals(Optional.empty(), detect(binary, "datos.csv"));
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }
}
