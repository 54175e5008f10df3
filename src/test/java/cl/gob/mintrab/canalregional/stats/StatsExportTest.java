package cl.gob.mintrab.canalregional.stats;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exports carry the report's numbers, table by table, in both formats. */
class StatsExportTest {

    private static StatsReport report(String regionCode) {
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 10, 31);
        return new StatsReport(new StatsReport.ReportRequest(from, to, PeriodType.WEEK, regionCode),
                new StatsReport.Totals(12_345, 4_321, 120), new StatsReport.Totals(10_000, 4_000, 100),
                LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 30), 2_222L, PeriodType.MONTH,
                List.of(new StatsReport.SeriesPoint(LocalDate.of(2026, 9, 28), "Semana 40", 2_000, 700, 650L, true)),
                List.of(new StatsReport.Row("16", "Región de Ñuble", 3_000, 2_500)),
                List.of(new StatsReport.Row("PUBLICATION|NOTICIA", "Publicación · Noticias", 7_000, 6_000)),
                List.of(new StatsReport.PageRow("/region/nuble/noticias/feria", "Feria laboral en Chillán", "Región de Ñuble", "Publicación", 900)),
                List.of(new StatsReport.Row("google.com", "google.com", 1_500, 1_200)),
                List.of(new StatsReport.SearchRow("bonificación", 40, 3)),
                List.of(new StatsReport.SearchRow("licencia médica", 5, 5)),
                List.of(new StatsReport.PageRow("/feeds/nuble/rss.xml", "/feeds/nuble/rss.xml", "Región de Ñuble", "Canal RSS/Atom", 80)),
                List.of(new StatsReport.Row("googlebot", "googlebot", 9_999, 0)), 3, 11);
    }

    @Test
    void csvHasEveryTableWithTheReportsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatsExport.csv(report(null), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "BOM for spreadsheet programs");
        assertTrue(csv.contains("Páginas vistas;12345;10000"), csv);
        assertTrue(csv.contains("Visitantes únicos;2222;"), csv);
        assertTrue(csv.contains("Región de Ñuble;3000;2500"), csv);
        assertTrue(csv.contains("Feria laboral en Chillán;/region/nuble/noticias/feria;Región de Ñuble;Publicación;900"), csv);
        assertTrue(csv.contains("licencia médica;5;5"), csv);
        assertTrue(csv.contains("googlebot;9999;0"), csv);
    }

    @Test
    void xlsxHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatsExport.xlsx(report(null), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet summary = workbook.getSheet("Resumen");
            assertEquals("Páginas vistas", summary.getRow(2).getCell(0).getStringCellValue());
            assertEquals(12_345, summary.getRow(2).getCell(1).getNumericCellValue());
            assertEquals(2_222, summary.getRow(5).getCell(1).getNumericCellValue());
            Sheet regions = workbook.getSheet("Regiones");
            assertEquals("Región de Ñuble", regions.getRow(2).getCell(0).getStringCellValue());
            assertEquals(3_000, regions.getRow(2).getCell(1).getNumericCellValue());
            assertEquals(900, workbook.getSheet("Publicaciones").getRow(2).getCell(4).getNumericCellValue());
            assertEquals(5, workbook.getSheet("Sin resultados").getRow(2).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void aRegionsReportLeavesOutTheNationalOnlyTables() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatsExport.csv(report("16"), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertFalse(csv.contains("googlebot"), "robots are reported for the whole portal only");
        assertFalse(csv.contains("Búsquedas sin resultados"));
    }
}
