package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.Texts;
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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's tables as CSV (one file, a blank line and a title between tables; UTF-8 with BOM so spreadsheet
 * programs read the accents) and as XLSX (one sheet per table). The numbers are the report's, as on the page.
 */
public final class StatsExport {

    /** A titled table: header and rows of text or numbers. */
    record Table(String sheet, String title, List<String> header, List<List<Object>> rows) {
    }

    private StatsExport() {
    }

    static List<Table> tables(StatsReport r) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(Texts.get("stats.export.sheet_summary"), Texts.get(r.comparedSoFar()
                        ? "admin_estadisticas.summary_caption_so_far" : "admin_estadisticas.summary_caption",
                r.previousFrom().format(Formats.DAY), r.previousTo().format(Formats.DAY)),
                List.of(Texts.get("stats.measure"), Texts.get("stats.period_current"), Texts.get("stats.period_previous")),
                List.of(List.of(Texts.get("stats.views"), r.totals().views(), r.previous().views()),
                        List.of(Texts.get("stats.visits"), r.totals().visits(), r.previous().visits()),
                        List.of(Texts.get("stats.untracked"), r.totals().untracked(), r.previous().untracked()),
                        List.of(Texts.get("stats.uniques"), r.uniqueVisitors() == null ? "" : r.uniqueVisitors(), ""))));
        List<List<Object>> series = new ArrayList<>();
        for (StatsReport.SeriesPoint p : r.series()) {
            series.add(List.of(p.label(), p.views(), p.visits(), p.uniques() == null ? "" : p.uniques(),
                    p.partial() ? Texts.get("stats.partial") : ""));
        }
        tables.add(new Table(Texts.get("stats.export.sheet_series"), Texts.get("stats.series"),
                List.of(Texts.get("stats.period"), Texts.get("stats.views"), Texts.get("stats.visits"), Texts.get("stats.uniques"), Texts.get("stats.note")),
                series));
        if (!r.regions().isEmpty()) {
            tables.add(rows(Texts.get("stats.export.sheet_regions"), Texts.get("stats.by_region"), Texts.get("stats.region"), r.regions()));
        }
        tables.add(rows(Texts.get("stats.export.sheet_sections"), Texts.get("stats.by_section"), Texts.get("stats.section"), r.sections()));
        tables.add(pages(Texts.get("stats.export.sheet_pages"), Texts.get("stats.top_pages"), r.topPages()));
        tables.add(rows(Texts.get("stats.export.sheet_referrers"), Texts.get("stats.referrers"), Texts.get("stats.referrer"), r.referrers()));
        if (r.request().regionCode() == null) {
            tables.add(searches(Texts.get("stats.export.sheet_searches"), Texts.get("stats.searches"), r.searches()));
            tables.add(searches(Texts.get("stats.export.sheet_no_results"), Texts.get("stats.searches_without_results"), r.searchesWithoutResults()));
            tables.add(rows(Texts.get("stats.export.sheet_bots"), Texts.get("stats.bots"), Texts.get("stats.bot"), r.bots()));
        }
        tables.add(pages(Texts.get("stats.export.sheet_feeds"), Texts.get("stats.feeds_downloads"), r.feedsAndDownloads()));
        return tables;
    }

    private static Table rows(String sheet, String title, String label, List<StatsReport.Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (StatsReport.Row row : rows) {
            out.add(List.of(row.label(), row.views(), row.previous()));
        }
        return new Table(sheet, title, List.of(label, Texts.get("stats.views"), Texts.get("stats.period_previous")), out);
    }

    private static Table pages(String sheet, String title, List<StatsReport.PageRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (StatsReport.PageRow row : rows) {
            out.add(List.of(row.title(), row.path(), row.regionName(), row.type(), row.views()));
        }
        return new Table(sheet, title, List.of(Texts.get("stats.page"), Texts.get("stats.address"), Texts.get("stats.region"),
                Texts.get("stats.type"), Texts.get("stats.views")), out);
    }

    private static Table searches(String sheet, String title, List<StatsReport.SearchRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (StatsReport.SearchRow row : rows) {
            out.add(List.of(row.terms(), row.searches(), row.noResults()));
        }
        return new Table(sheet, title, List.of(Texts.get("stats.terms"), Texts.get("stats.search_count"), Texts.get("stats.no_results")), out);
    }

    public static void csv(StatsReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get());
        printer.printRecord(Texts.get("stats.export.title", report.request().from(), report.request().to()));
        for (Table table : tables(report)) {
            printer.println();
            printer.printRecord(table.title());
            printer.printRecord(table.header());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row);
            }
        }
        printer.flush();
    }

    public static void xlsx(StatsReport report, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Table table : tables(report)) {
                Sheet sheet = workbook.createSheet(table.sheet());
                int r = 0;
                Cell titleCell = sheet.createRow(r++).createCell(0);
                titleCell.setCellValue(table.title());
                titleCell.setCellStyle(bold);
                Row header = sheet.createRow(r++);
                for (int i = 0; i < table.header().size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(table.header().get(i));
                    cell.setCellStyle(bold);
                }
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        if (value instanceof Number number) {
                            row.createCell(i).setCellValue(number.doubleValue());
                        } else {
                            row.createCell(i).setCellValue(String.valueOf(value));
                        }
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
