package cl.gob.mintrab.canalregional.coverage;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The downloadable template of every dataset is a file the import reads back: the CSV and the XLSX carry the
 * dataset's columns, and a template filled in with the examples of its instructions gives those values back. The
 * XLSX keeps codes as text (05101 keeps its zero) and explains every column in Spanish.
 */
class ImportTemplatesTest {

    private static final TabularReader.Limits LIMITS = TabularReader.Limits.DEFAULT;

    private static List<String> names(Dataset dataset) {
        return ImportTemplates.schema(dataset).columns().stream().map(ImportSchema.Column::name).toList();
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void theCsvTemplateFilledWithTheExamplesReadsBack(Dataset dataset) {
        List<ImportSchema.Column> columns = ImportTemplates.schema(dataset).columns();
        String examples = String.join(",", columns.stream().map(c -> quote(c.example())).toList());
        byte[] filled = (new String(ImportTemplates.csv(dataset), StandardCharsets.UTF_8) + examples + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        TabularFile file = TabularReader.read("plantilla.csv", filled, LIMITS);
        assertEquals(names(dataset), file.columns());
        assertEquals(1, file.rows().size());
        for (ImportSchema.Column column : columns) {
            assertEquals(column.example().strip(), file.rows().get(0).get(column.name()), column.name());
        }
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void theXlsxTemplateFilledWithTheExamplesReadsBack(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportTemplates.xlsx(dataset, "Región de Ñuble",
                List.of(new ImportContext.ProgrammeRef(1, "PIC", "Programa de Inversión en la Comunidad", 2010, null)),
                List.of(new ImportContext.ComunaRef("16101", "Chillán", "16", "Región de Ñuble")), out);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("Datos", workbook.getSheetAt(0).getSheetName());
            Sheet help = workbook.getSheet("Instrucciones");
            assertNotNull(help);
            DataFormatter formatter = new DataFormatter();
            assertTrue(formatter.formatCellValue(help.getRow(0).getCell(0)).contains("Región de Ñuble"));
            List<String> explained = new ArrayList<>();
            for (Row row : help) {
                explained.add(formatter.formatCellValue(row.getCell(0)));
            }
            assertTrue(explained.containsAll(names(dataset)), "every column is explained: " + explained);
            if (dataset == Dataset.COVERAGE) {
                assertEquals("PIC", formatter.formatCellValue(workbook.getSheet("Programas").getRow(1).getCell(0)));
                assertEquals("16101", workbook.getSheet("Comunas").getRow(1).getCell(0).getStringCellValue());
            }
            // Filled in by hand, as a user would: every value typed as text into the data sheet.
            Sheet data = workbook.getSheetAt(0);
            Row row = data.createRow(1);
            List<ImportSchema.Column> columns = ImportTemplates.schema(dataset).columns();
            for (int i = 0; i < columns.size(); i++) {
                row.createCell(i).setCellValue(columns.get(i).example());
            }
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            workbook.write(again);
            filled = again.toByteArray();
        }
        TabularFile file = TabularReader.read("plantilla.xlsx", filled, LIMITS);
        assertEquals(DataImport.Format.XLSX, file.format());
        assertEquals(names(dataset), file.columns());
        assertEquals(1, file.rows().size());
        for (ImportSchema.Column column : ImportTemplates.schema(dataset).columns()) {
            assertEquals(column.example().strip(), file.rows().get(0).get(column.name()), column.name());
        }
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
