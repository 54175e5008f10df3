package cl.gob.mintrab.canalregional.coverage;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TabularReaderTest {

    private static final TabularReader.Limits LIMITS = TabularReader.Limits.DEFAULT;

    @Test
    void readsACommaSeparatedFileWithNormalisedHeaders() {
        TabularFile file = ImportFixtures.csv("Programa,Período,Comuna,Beneficiarios\nPIC,2026-09,16101,120\n");
        assertEquals(DataImport.Format.CSV, file.format());
        assertEquals(List.of("programa", "periodo", "comuna", "beneficiarios"), file.columns());
        assertEquals(1, file.rows().size());
        assertEquals(2, file.rows().get(0).number(), "the header is row 1, as in a spreadsheet");
        assertEquals("16101", file.rows().get(0).get("comuna"));
    }

    @Test
    void readsWhatSpanishExcelWritesSemicolonsAndAByteOrderMark() {
        TabularFile file = ImportFixtures.csv("\uFEFFprograma;periodo;beneficiarios;presupuesto_ejecutado\r\n"
                + "PIC;2026-09;1.234;\"48.300.000\"\r\n\r\n;;;\r\nPIC;2026-08;1200;\r\n");
        assertEquals(List.of("programa", "periodo", "beneficiarios", "presupuesto_ejecutado"), file.columns());
        assertEquals(2, file.rows().size(), "blank lines and rows of empty cells are skipped");
        assertEquals("1.234", file.rows().get(0).get("beneficiarios"));
        assertEquals("48.300.000", file.rows().get(0).get("presupuesto_ejecutado"));
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithNumbersAndDates() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Datos");
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("trimestre");
            header.createCell(1).setCellValue("tasa_desocupacion");
            header.createCell(2).setCellValue("fecha_publicacion");
            header.createCell(3).setCellValue("comuna");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("2026-09");
            row.createCell(1).setCellValue(8.4);
            var date = row.createCell(2);
            date.setCellValue(LocalDate.of(2026, 10, 30));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            date.setCellStyle(style);
            row.createCell(3).setCellValue(16101);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        TabularFile file = TabularReader.read("series.xlsx", xlsx, LIMITS);
        assertEquals(DataImport.Format.XLSX, file.format());
        TabularFile.Row row = file.rows().get(0);
        assertEquals(2, row.number());
        assertEquals("8.4", row.get("tasa_desocupacion"));
        assertEquals("2026-10-30", row.get("fecha_publicacion"));
        assertEquals("16101", row.get("comuna"), "whole numbers without a decimal part");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertKey("import.file.empty", () -> TabularReader.read("vacio.csv", new byte[0], LIMITS));
        assertKey("import.file.empty", () -> TabularReader.read("vacio.csv", "\uFEFF \n\n".getBytes(StandardCharsets.UTF_8), LIMITS));
        assertKey("import.file.no_rows", () -> ImportFixtures.csv("programa,periodo,beneficiarios\n"));
    }

    @Test
    void aFileInAnotherEncodingIsRefusedInsteadOfGarblingAccents() {
        byte[] latin1 = "programa,periodo,comuna\nPIC,2026-09,Ñuble\n".getBytes(Charset.forName("ISO-8859-1"));
        assertKey("import.file.not_utf8", () -> TabularReader.read("latin1.csv", latin1, LIMITS));
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() {
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        ImportFileException e = assertThrows(ImportFileException.class, () -> TabularReader.read("enorme.csv", big, LIMITS));
        assertEquals("import.file.too_large", e.getMessageKey());
        assertEquals(5L, e.getArguments()[0]);
    }

    @Test
    void tooManyRowsAreRefused() {
        StringBuilder text = new StringBuilder("programa,periodo,beneficiarios\n");
        for (int i = 0; i < 11; i++) {
            text.append("PIC,2026-09,").append(i).append('\n');
        }
        assertKey("import.file.too_many_rows", () -> TabularReader.read("filas.csv",
                text.toString().getBytes(StandardCharsets.UTF_8), new TabularReader.Limits(1_000_000, 10)));
    }

    @Test
    void otherFilesAreRefusedWithAUsefulMessage() {
        assertKey("import.file.not_xlsx", () -> TabularReader.read("falso.xlsx", "hola".getBytes(StandardCharsets.UTF_8), LIMITS));
        assertKey("import.file.old_excel", () -> TabularReader.read("viejo.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11}, LIMITS));
        assertKey("import.file.unreadable_xlsx", () -> TabularReader.read("roto.xlsx", new byte[]{'P', 'K', 3, 4, 0, 0}, LIMITS));
        assertKey("import.file.not_text", () -> TabularReader.read("imagen.csv", new byte[]{'a', 0, 'b'}, LIMITS));
        assertKey("import.file.type_not_allowed", () -> TabularReader.read("informe.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), LIMITS));
        assertKey("import.file.type_not_allowed", () -> TabularReader.read("cobertura.txt", "programa,periodo\nPIC,2026-09\n".getBytes(StandardCharsets.UTF_8), LIMITS));
        assertKey("import.file.type_not_allowed", () -> TabularReader.read("planilla.ods", new byte[]{'P', 'K', 3, 4, 0, 0}, LIMITS));
        assertEquals(DataImport.Format.CSV, TabularReader.read("COBERTURA.CSV", "programa,periodo\nPIC,2026-09\n".getBytes(StandardCharsets.UTF_8), LIMITS).format(),
                "the extension in capitals, as Windows may write it");
    }

    @Test
    void headersAreNormalised() {
        assertEquals("presupuesto_ejecutado_clp", TabularReader.normalise(" Presupuesto ejecutado (CLP) "));
        assertEquals("fecha_convocatoria", TabularReader.normalise("Fecha Convocatoria"));
        assertEquals("tasa_desocupacion", TabularReader.normalise("Tasa desocupación"));
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable call) {
        ImportFileException e = assertThrows(ImportFileException.class, call);
        assertEquals(key, e.getMessageKey());
    }
}
