package cl.gob.mintrab.canalregional.compliance;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF follows the report's tables and the XLSX holds the same figures, for the 2007 programme. */
class ComplianceExportsTest {

    @Test
    void aUnitsPdfHasTheReportsTableWithRecomputedFigures() throws Exception {
        ProgramResults.Results r = Results2007.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComplianceExports.pdf(r, List.of(r.unit("01")), false, Instant.parse("2026-11-24T12:00:00Z"), out);
        byte[] pdf = out.toByteArray();
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replace('\u00A0', ' ').replaceAll("[ ]+", " ");
        assertTrue(text.contains("Actividad 1.1"), text);
        assertTrue(text.contains("Región 01 (en el documento: 1ª Región)"), text);
        assertTrue(text.contains("Ponderación"), text);
        assertTrue(text.contains("77,5 %"), "recomputed total: " + text);
        assertTrue(text.contains("72,5 %"), "what the region reported: " + text);
        reader.close();
    }

    @Test
    void theNationalPdfStartsWithTheNationalFigureAndEndsWithTheFlags() throws Exception {
        ProgramResults.Results r = Results2007.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComplianceExports.pdf(r, r.units(), true, Instant.parse("2026-11-24T12:00:00Z"), out);
        PdfReader reader = new PdfReader(out.toByteArray());
        String first = new PdfTextExtractor(reader).getTextFromPage(1).replace('\u00A0', ' ').replaceAll("[ ]+", " ");
        assertTrue(first.contains("76,92 %"), first);
        assertTrue(reader.getNumberOfPages() >= 15, "a page per unit and the flags");
        String last = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages()).replace('\u00A0', ' ');
        assertTrue(last.contains("Reporte faltante") || last.contains("Total distinto"), last);
        reader.close();
    }

    @Test
    void theXlsxHasTheSummaryTheDetailAndTheFlags() throws Exception {
        ProgramResults.Results r = Results2007.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComplianceExports.xlsx(r, r.units(), true, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(3, workbook.getNumberOfSheets());
            Sheet summary = workbook.getSheetAt(0);
            assertEquals(76.92, summary.getRow(1).getCell(1).getNumericCellValue(), 0.0001);
            Sheet detail = workbook.getSheetAt(1);
            // a header, 5 central + 13 x 7 regional rows and one total per unit (14)
            assertEquals(1 + 5 + 13 * 7 + 14, detail.getPhysicalNumberOfRows());
            Sheet flags = workbook.getSheetAt(2);
            assertEquals(1 + 83, flags.getPhysicalNumberOfRows());
        }
    }
}
