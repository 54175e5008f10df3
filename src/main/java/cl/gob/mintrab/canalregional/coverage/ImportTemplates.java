package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.Texts;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The import template of each dataset: a CSV with the header line, or a workbook whose first sheet has the header
 * (to fill in), with instructions (what each column holds, whether it is required, an example) and the codes to use:
 * the programmes, and the comunas of the region. Pure Java.
 */
public final class ImportTemplates {

    private ImportTemplates() {
    }

    public static ImportSchema<?> schema(Dataset dataset) {
        return switch (dataset) {
            case COVERAGE -> CoverageSchema.INSTANCE;
            case BONIFICACION -> BonificacionSchema.INSTANCE;
            case EMPLOYMENT -> EmploymentSchema.INSTANCE;
        };
    }

    /** The header line (UTF-8, comma-separated). */
    public static byte[] csv(Dataset dataset) {
        return (schema(dataset).columns().stream().map(ImportSchema.Column::name).collect(Collectors.joining(","))
                + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    public static void xlsx(Dataset dataset, String regionName, Collection<ImportContext.ProgrammeRef> programmes,
                            List<ImportContext.ComunaRef> comunas, OutputStream out) {
        ImportSchema<?> schema = schema(dataset);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            Sheet data = workbook.createSheet("Datos");
            Row header = data.createRow(0);
            for (int i = 0; i < schema.columns().size(); i++) {
                ImportSchema.Column column = schema.columns().get(i);
                header.createCell(i).setCellValue(column.name());
                header.getCell(i).setCellStyle(bold);
                data.setColumnWidth(i, Math.max(14, column.name().length() + 4) * 256);
                if (isText(column.name())) {
                    // Codes and months stay text: a spreadsheet would drop leading zeros (05101) or turn 2026-09 into a date.
                    data.setDefaultColumnStyle(i, text);
                }
            }
            data.createFreezePane(0, 1);

            Sheet help = workbook.createSheet("Instrucciones");
            int r = 0;
            Row title = help.createRow(r++);
            title.createCell(0).setCellValue(Texts.get("import_template.title", Texts.get("Dataset." + dataset.name()),
                    regionName == null ? "" : regionName));
            title.getCell(0).setCellStyle(bold);
            help.createRow(r++).createCell(0).setCellValue(Texts.get("import_template.intro"));
            r++;
            Row head = help.createRow(r++);
            String[] labels = {Texts.get("import_template.col_column"), Texts.get("import_template.col_required"),
                    Texts.get("import_template.col_example"), Texts.get("import_template.col_content")};
            for (int i = 0; i < labels.length; i++) {
                head.createCell(i).setCellValue(labels[i]);
                head.getCell(i).setCellStyle(bold);
            }
            for (ImportSchema.Column column : schema.columns()) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(column.name());
                row.createCell(1).setCellValue(Texts.get(column.required() ? "common.yes" : "common.no"));
                row.createCell(2).setCellValue(column.example());
                row.createCell(3).setCellValue(Texts.get("import_column." + column.name()));
            }
            help.setColumnWidth(0, 26 * 256);
            help.setColumnWidth(1, 12 * 256);
            help.setColumnWidth(2, 34 * 256);
            help.setColumnWidth(3, 90 * 256);

            if (dataset == Dataset.COVERAGE) {
                Sheet sheet = workbook.createSheet("Programas");
                Row h = sheet.createRow(0);
                h.createCell(0).setCellValue("programa");
                h.createCell(1).setCellValue("nombre");
                h.createCell(2).setCellValue("vigencia");
                h.getCell(0).setCellStyle(bold);
                h.getCell(1).setCellStyle(bold);
                h.getCell(2).setCellStyle(bold);
                int i = 1;
                for (ImportContext.ProgrammeRef p : programmes) {
                    Row row = sheet.createRow(i++);
                    row.createCell(0).setCellValue(p.code());
                    row.createCell(1).setCellValue(p.name());
                    row.createCell(2).setCellValue(p.yearFrom() + "–" + (p.yearTo() == null ? "" : p.yearTo()));
                }
                sheet.setColumnWidth(0, 18 * 256);
                sheet.setColumnWidth(1, 60 * 256);
                Sheet comunaSheet = workbook.createSheet("Comunas");
                Row ch = comunaSheet.createRow(0);
                ch.createCell(0).setCellValue("comuna");
                ch.createCell(1).setCellValue("nombre");
                ch.getCell(0).setCellStyle(bold);
                ch.getCell(1).setCellStyle(bold);
                int j = 1;
                for (ImportContext.ComunaRef c : comunas) {
                    Row row = comunaSheet.createRow(j++);
                    row.createCell(0).setCellValue(c.code());
                    row.getCell(0).setCellStyle(text);
                    row.createCell(1).setCellValue(c.name());
                }
                comunaSheet.setColumnWidth(1, 30 * 256);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isText(String column) {
        return column.equals("programa") || column.equals("periodo") || column.equals("comuna")
                || column.equals("trimestre") || column.startsWith("nota") || column.equals("fuente");
    }
}
