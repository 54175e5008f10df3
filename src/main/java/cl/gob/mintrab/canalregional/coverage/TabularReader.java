package cl.gob.mintrab.canalregional.coverage;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an uploaded CSV (UTF-8, comma, semicolon or tab separated, as Excel in Spanish writes them) or XLSX file
 * (first sheet) into a {@link TabularFile}, refusing files that are empty, too large, of another type (by
 * extension), not UTF-8 or not a spreadsheet before anything is validated. Pure Java, no container.
 */
public final class TabularReader {

    /** Limits that protect the server: bytes of the upload and data rows. */
    public record Limits(long maxBytes, int maxRows) {
        public static final Limits DEFAULT = new Limits(5L * 1024 * 1024, 50_000);
    }

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private TabularReader() {
    }

    public static TabularFile read(String fileName, byte[] content, Limits limits) {
        if (content == null || content.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new ImportFileException("import.file.too_large", limits.maxBytes() / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".xls")) {
            throw new ImportFileException("import.file.old_excel");
        }
        if (!name.isEmpty() && !name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            // The same rule as the page's accept=".csv,.xlsx", which a browser only suggests.
            throw new ImportFileException("import.file.type_not_allowed");
        }
        boolean zip = startsWith(content, ZIP_MAGIC);
        if (name.endsWith(".xlsx") || zip) {
            if (!zip) {
                throw new ImportFileException("import.file.not_xlsx");
            }
            return readXlsx(content, limits);
        }
        return readCsv(content, limits);
    }

    private static TabularFile readCsv(byte[] content, Limits limits) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException("import.file.not_utf8");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ImportFileException("import.file.not_text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportFileException("import.file.empty");
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> columns = null;
            List<TabularFile.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (columns == null) {
                    columns = values.stream().map(TabularReader::normalise).toList();
                    continue;
                }
                addRow(rows, columns, values, (int) record.getRecordNumber(), limits);
            }
            return finish(DataImport.Format.CSV, columns, rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("import.file.unreadable_csv");
        }
    }

    private static TabularFile readXlsx(byte[] content, Limits limits) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportFileException("import.file.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() - sheet.getFirstRowNum() > limits.maxRows() + 1) {
                throw new ImportFileException("import.file.too_many_rows", limits.maxRows());
            }
            List<String> columns = null;
            List<TabularFile.Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                int width = Math.max(row.getLastCellNum(), columns == null ? 0 : columns.size());
                List<String> values = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    values.add(text(row.getCell(i)));
                }
                if (columns == null) {
                    if (values.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    columns = values.stream().map(TabularReader::normalise).toList();
                    continue;
                }
                addRow(rows, columns, values, row.getRowNum() + 1, limits);
            }
            return finish(DataImport.Format.XLSX, columns, rows);
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException("import.file.unreadable_xlsx");
        }
    }

    private static void addRow(List<TabularFile.Row> rows, List<String> columns, List<String> values, int number,
                               Limits limits) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).isEmpty()) {
                cells.putIfAbsent(columns.get(i), i < values.size() && values.get(i) != null ? values.get(i).trim() : "");
            }
        }
        TabularFile.Row row = new TabularFile.Row(number, cells);
        if (row.isBlank()) {
            return;
        }
        if (rows.size() >= limits.maxRows()) {
            throw new ImportFileException("import.file.too_many_rows", limits.maxRows());
        }
        rows.add(row);
    }

    private static TabularFile finish(DataImport.Format format, List<String> columns, List<TabularFile.Row> rows) {
        if (columns == null) {
            throw new ImportFileException("import.file.empty");
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("import.file.no_rows");
        }
        return new TabularFile(format, columns, List.copyOf(rows));
    }

    /** The separator of the header line: Excel in Spanish writes ';', others ',' (or a tab). */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** "Período " → "periodo", "Presupuesto ejecutado (CLP)" → "presupuesto_ejecutado_clp". */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String plain = Normalizer.normalize(header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime value = cell.getLocalDateTimeCellValue();
                    return value == null ? "" : value.toLocalDate().toString();
                }
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return String.valueOf(cell.getBooleanCellValue());
            default:
                return "";
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
