package cl.gob.mintrab.canalregional.coverage;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link DataTable} as CSV (UTF-8, comma-separated, decimal point, header of column keys), XLSX (typed
 * cells, a description sheet) or JSON (the rows as objects keyed by column, with the dataset's metadata). The same
 * values in each format; pure Java.
 */
public final class OpenDataWriter {

    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    public static final String LICENCE_NAME = "Creative Commons Atribución 4.0 Internacional (CC BY 4.0)";

    private OpenDataWriter() {
    }

    /** The textual form of a value in CSV and JSON strings: months "2026-09", dates and instants ISO 8601. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof YearMonth m) {
            return Periods.iso(m);
        }
        return value.toString();
    }

    public static void csv(DataTable table, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader(table.columns().stream().map(DataColumn::key).toArray(String[]::new))
                    .setRecordSeparator("\r\n").get());
            for (List<Object> row : table.rows()) {
                for (Object value : row) {
                    csv.print(text(value));
                }
                csv.println();
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON with the dataset's name, title, licence, the filters applied, the row count and the rows. */
    public static void json(DataTable table, Map<String, String> filters, Instant generated, OutputStream out) {
        try (JsonGenerator json = Json.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            json.writeStartObject();
            json.write("conjunto", table.name());
            json.write("titulo", table.title());
            json.write("licencia", LICENCE);
            json.write("generado", generated.toString());
            json.writeStartObject("filtros");
            filters.forEach(json::write);
            json.writeEnd();
            json.write("total", table.rows().size());
            json.writeStartArray("datos");
            for (List<Object> row : table.rows()) {
                writeRow(json, table.columns(), row);
            }
            json.writeEnd();
            json.writeEnd();
        }
    }

    /** One row as a JSON object (also used by the API). */
    public static void writeRow(JsonGenerator json, List<DataColumn> columns, List<Object> row) {
        json.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            DataColumn column = columns.get(i);
            Object value = row.get(i);
            if (value == null) {
                json.writeNull(column.key());
            } else if (value instanceof Boolean b) {
                json.write(column.key(), b);
            } else if (value instanceof BigDecimal d) {
                json.write(column.key(), d);
            } else if (value instanceof Integer n) {
                json.write(column.key(), n);
            } else if (value instanceof Long n) {
                json.write(column.key(), n);
            } else {
                json.write(column.key(), text(value));
            }
        }
        json.writeEnd();
    }

    /** A workbook with the data on the first sheet and what each column holds on the second. */
    public static void xlsx(DataTable table, String description, Map<String, String> filters, Instant generated,
                            OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Sheet data = workbook.createSheet("Datos");
            Row head = data.createRow(0);
            for (int i = 0; i < table.columns().size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(table.columns().get(i).key());
                cell.setCellStyle(header);
                data.setColumnWidth(i, width(table.columns().get(i)) * 256);
            }
            data.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = data.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Integer || value instanceof Long) {
                        cell.setCellValue(((Number) value).doubleValue());
                        cell.setCellStyle(integer);
                    } else if (value instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                        cell.setCellStyle(decimal);
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(text(value));
                    }
                }
            }

            Sheet about = workbook.createSheet("Descripción");
            int a = 0;
            a = line(about, a, header, "Conjunto de datos", table.title());
            a = line(about, a, null, "Descripción", description);
            a = line(about, a, null, "Publicado por", "Subsecretaría del Trabajo y Seremías del Trabajo y Previsión Social");
            a = line(about, a, null, "Licencia", LICENCE_NAME + " " + LICENCE);
            a = line(about, a, null, "Generado", generated.toString());
            for (Map.Entry<String, String> filter : filters.entrySet()) {
                a = line(about, a, null, "Filtro " + filter.getKey(), filter.getValue());
            }
            a++;
            a = line(about, a, header, "Columna", "Contenido");
            for (DataColumn column : table.columns()) {
                a = line(about, a, null, column.key(), column.description());
            }
            about.setColumnWidth(0, 28 * 256);
            about.setColumnWidth(1, 100 * 256);
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int line(Sheet sheet, int index, CellStyle style, String label, String value) {
        Row row = sheet.createRow(index);
        Cell first = row.createCell(0);
        first.setCellValue(label);
        if (style != null) {
            first.setCellStyle(style);
        }
        row.createCell(1).setCellValue(value == null ? "" : value);
        return index + 1;
    }

    private static int width(DataColumn column) {
        return switch (column.type()) {
            case TEXT -> column.key().endsWith("nombre") || column.key().startsWith("nota") ? 36 : 18;
            case TIMESTAMP -> 26;
            default -> Math.max(12, column.key().length() + 2);
        };
    }
}
