package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.compliance.ComplianceCalculator.NationalResult;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.Texts;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * PDF and XLSX exports of a programme's results, per unit or national. The PDF follows the tables of the GT
 * reports ("Actividad 1.1 ... Región: ...", objectives, then activities with "Ponderación por actividad",
 * "Cumple o No cumple" and "Ponderación ganada"), adding the cumulative column, the evidence and the re-check
 * flags. Plain Java over {@link ProgramResults.Results}, so it is unit-tested without a container.
 */
public final class ComplianceExports {

    private static final Color HEADER = new Color(0x0A, 0x13, 0x2D);
    private static final Color BAND = new Color(0xEE, 0xF2, 0xF7);
    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD, HEADER);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 11, Font.BOLD, HEADER);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x4A, 0x4A, 0x4A));
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font HEAD = new Font(Font.HELVETICA, 8, Font.BOLD, Color.WHITE);

    private ComplianceExports() {
    }

    // PDF

    /**
     * @param units the units to lay out (one for a unit's export, all for the national one)
     * @param national with the national summary and every flag first
     */
    public static void pdf(ProgramResults.Results r, List<ProgramResults.UnitView> units, boolean national,
                           Instant generatedAt, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(Texts.get("gt_export.title", r.program().name()));
            document.addSubject(Texts.get("gt_export.subject"));
            document.addAuthor(Texts.get("layout.undersecretariat"));
            document.addCreator("Canal Regional");
            document.open();
            document.add(new Paragraph(Texts.get("gt_export.title", r.program().name()), TITLE));
            document.add(new Paragraph(Texts.get("gt_export.generated", r.program().year(),
                    Texts.get("gt.stage_label", r.program().stage()), Texts.get("ProgramStatus." + r.program().status()),
                    Formats.ISO_LOCAL.format(generatedAt.atZone(Formats.ZONE))), SMALL));
            if (national) {
                nationalSummary(document, r);
            }
            boolean first = !national;
            for (ProgramResults.UnitView unit : units) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                unitTable(document, r, unit);
            }
            if (national && !r.flags().isEmpty()) {
                document.newPage();
                flagsTable(document, r.flags());
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written", e);
        }
    }

    private static void nationalSummary(Document document, ProgramResults.Results r) throws DocumentException {
        NationalResult n = r.national();
        document.add(new Paragraph(Texts.get("gt_export.national_heading"), SUBTITLE));
        document.add(new Paragraph(Texts.get("gt_export.national_line", pct(n.mean()), n.reporting(), n.expected(),
                pct(n.regionsMean()), pct(n.min()), pct(n.median()), pct(n.max())), TEXT));
        PdfPTable table = new PdfPTable(new float[]{1, 6, 3, 3, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String h : List.of("gt_export.place", "gt_export.unit", "gt_export.total", "gt_export.status",
                "gt_export.complete")) {
            table.addCell(head(Texts.get(h)));
        }
        for (ComplianceCalculator.Ranked k : n.ranking()) {
            ProgramResults.UnitView unit = r.unit(k.regionCode());
            table.addCell(cell(String.valueOf(k.place()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(unitLabel(unit), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(pct(k.total()), BOLD, Element.ALIGN_RIGHT));
            table.addCell(cell(status(unit.status()), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(Texts.get(unit.complete() ? "common.yes" : "common.no"), TEXT, Element.ALIGN_LEFT));
        }
        for (ProgramResults.UnitView unit : r.units()) {
            if (!unit.hasReport()) {
                table.addCell(cell("—", TEXT, Element.ALIGN_RIGHT));
                table.addCell(cell(unitLabel(unit), TEXT, Element.ALIGN_LEFT));
                table.addCell(cell(Texts.get("gt_export.no_report"), BOLD, Element.ALIGN_RIGHT));
                table.addCell(cell(status(unit.status()), TEXT, Element.ALIGN_LEFT));
                table.addCell(cell(Texts.get("common.no"), TEXT, Element.ALIGN_LEFT));
            }
        }
        document.add(table);
    }

    private static void unitTable(Document document, ProgramResults.Results r, ProgramResults.UnitView unit)
            throws DocumentException {
        document.add(new Paragraph(Texts.get("gt_export.activity_heading", r.program().year()), SUBTITLE));
        Paragraph region = new Paragraph();
        region.add(new Chunk(Texts.get("gt_export.region") + " ", BOLD));
        region.add(new Chunk(unitLabel(unit), TEXT));
        document.add(region);
        if (unit.note() != null) {
            document.add(new Paragraph(unit.note(), SMALL));
        }
        document.add(new Paragraph(Texts.get("gt_export.status_line", status(unit.status()),
                unit.reviewedBy() == null ? "—" : unit.reviewedBy()), SMALL));

        PdfPTable objectives = new PdfPTable(new float[]{1.3f, 10});
        objectives.setWidthPercentage(100);
        objectives.setSpacingBefore(6);
        PdfPCell label = cell(Texts.get("gt_export.objectives"), BOLD, Element.ALIGN_LEFT);
        label.setRowspan(Math.max(1, r.objectives().size()));
        objectives.addCell(label);
        for (ObjectiveView o : r.objectives()) {
            objectives.addCell(cell(o.number() + ".- " + o.description(), TEXT, Element.ALIGN_LEFT));
        }
        if (r.objectives().isEmpty()) {
            objectives.addCell(cell("—", TEXT, Element.ALIGN_LEFT));
        }
        document.add(objectives);

        PdfPTable table = new PdfPTable(new float[]{1.6f, 9, 1.8f, 1.8f, 1.8f, 1.8f, 1.8f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String h : List.of("gt_export.col_objectives", "gt_export.col_activities", "gt_export.col_weight",
                "gt_export.col_compliance", "gt_export.col_earned", "gt_export.col_cumulative",
                "gt_export.col_reported")) {
            table.addCell(head(Texts.get(h)));
        }
        boolean band = false;
        for (ProgramResults.RowView row : unit.rows()) {
            ActivityView a = row.activity();
            String description = a.number() + ".- " + (a.description() == null ? Texts.get("gt.no_description") : a.description());
            table.addCell(banded(cell(a.objectivesText(), TEXT, Element.ALIGN_CENTER), band));
            table.addCell(banded(cell(description, TEXT, Element.ALIGN_LEFT), band));
            table.addCell(banded(cell(pct(a.weight()), TEXT, Element.ALIGN_RIGHT), band));
            table.addCell(banded(cell(pct(row.compliance()), TEXT, Element.ALIGN_RIGHT), band));
            table.addCell(banded(cell(pct(row.earned()), TEXT, Element.ALIGN_RIGHT), band));
            table.addCell(banded(cell(pct(row.cumulative()), BOLD, Element.ALIGN_RIGHT), band));
            table.addCell(banded(cell(row.reportedCumulative() == null ? "" : pct(row.reportedCumulative()), TEXT,
                    Element.ALIGN_RIGHT), band));
            band = !band;
        }
        PdfPCell totalLabel = cell(Texts.get("gt_export.unit_total"), BOLD, Element.ALIGN_RIGHT);
        totalLabel.setColspan(5);
        table.addCell(totalLabel);
        table.addCell(cell(unit.hasReport() ? pct(unit.total()) : Texts.get("gt_export.no_report"), BOLD, Element.ALIGN_RIGHT));
        table.addCell(cell("", TEXT, Element.ALIGN_RIGHT));
        document.add(table);

        boolean anyEvidence = unit.rows().stream().anyMatch(row -> !row.evidence().isEmpty() || row.comment() != null);
        if (anyEvidence) {
            document.add(new Paragraph(Texts.get("gt_export.evidence_heading"), BOLD));
            for (ProgramResults.RowView row : unit.rows()) {
                if (row.comment() != null) {
                    document.add(new Paragraph(Texts.get("gt_export.comment_line", row.activity().number(), row.comment()), TEXT));
                }
                for (EvidenceView e : row.evidence()) {
                    String where = e.url() != null ? e.url() : e.fileName() == null ? "" : e.fileName();
                    document.add(new Paragraph(Texts.get("gt_export.evidence_line", row.activity().number(),
                            Texts.get("EvidenceKind." + e.kind().name()), e.title(), where), TEXT));
                }
            }
        }
        List<FlagView> flags = r.flags().stream().filter(f -> f.regionCode().equals(unit.regionCode())).toList();
        if (!flags.isEmpty()) {
            document.add(new Paragraph(Texts.get("gt_export.flags_heading"), BOLD));
            for (FlagView f : flags) {
                document.add(new Paragraph(flagLine(f), TEXT));
            }
        }
    }

    private static void flagsTable(Document document, List<FlagView> flags) throws DocumentException {
        document.add(new Paragraph(Texts.get("gt_export.flags_heading"), SUBTITLE));
        PdfPTable table = new PdfPTable(new float[]{4, 4, 1.3f, 1.8f, 1.8f, 8, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String h : List.of("gt_export.unit", "gt_export.flag_kind", "gt_export.activity", "gt_export.reported",
                "gt_export.computed", "gt_export.detail", "gt_export.flag_status")) {
            table.addCell(head(Texts.get(h)));
        }
        for (FlagView f : flags) {
            table.addCell(cell(f.unitName(), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(Texts.get("FlagKind." + f.kind().name()), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(f.activityNumber() == null ? "—" : String.valueOf(f.activityNumber()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(pct(f.reported()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(pct(f.computed()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(f.detail() == null ? "" : f.detail(), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(Texts.get("FlagStatus." + f.status().name()), TEXT, Element.ALIGN_LEFT));
        }
        document.add(table);
    }

    private static String flagLine(FlagView f) {
        return "• " + Texts.get("FlagKind." + f.kind().name())
                + (f.activityNumber() == null ? "" : " (" + Texts.get("gt_export.activity") + " " + f.activityNumber() + ")")
                + (f.detail() == null ? "" : ": " + f.detail());
    }

    private static PdfPCell head(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, HEAD));
        cell.setBackgroundColor(HEADER);
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderColor(new Color(0xB0, 0xB7, 0xC3));
        return cell;
    }

    private static PdfPCell banded(PdfPCell cell, boolean band) {
        if (band) {
            cell.setBackgroundColor(BAND);
        }
        return cell;
    }

    static String unitLabel(ProgramResults.UnitView unit) {
        return unit.nameAsReported() == null || unit.nameAsReported().equals(unit.name()) ? unit.name()
                : Texts.get("gt.unit_as_reported", unit.name(), unit.nameAsReported());
    }

    private static String status(UnitReportStatus status) {
        return Texts.get(status == null ? "gt.status_none" : "UnitReportStatus." + status.name());
    }

    private static String pct(BigDecimal value) {
        return ComplianceFormats.percentage(value);
    }

    // XLSX

    /** A workbook with the national summary (if asked), every unit's table and the flags. */
    public static void xlsx(ProgramResults.Results r, List<ProgramResults.UnitView> units, boolean national,
                            OutputStream out) {
        try (Workbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setColor(IndexedColors.WHITE.getIndex());
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            if (national) {
                Sheet summary = workbook.createSheet(Texts.get("gt_export.sheet_national"));
                NationalResult n = r.national();
                int row = 0;
                text(summary.createRow(row++), 0, Texts.get("gt_export.title", r.program().name()), null);
                Row mean = summary.createRow(row++);
                text(mean, 0, Texts.get("gt_export.national_mean"), null);
                number(mean, 1, n.mean(), percent);
                Row regions = summary.createRow(row++);
                text(regions, 0, Texts.get("gt_export.regions_mean"), null);
                number(regions, 1, n.regionsMean(), percent);
                Row reporting = summary.createRow(row++);
                text(reporting, 0, Texts.get("gt_export.reporting"), null);
                reporting.createCell(1).setCellValue(n.reporting());
                reporting.createCell(2).setCellValue(n.expected());
                row++;
                Row head = summary.createRow(row++);
                String[] cols = {"gt_export.place", "gt_export.code", "gt_export.unit", "gt_export.total", "gt_export.status"};
                for (int i = 0; i < cols.length; i++) {
                    text(head, i, Texts.get(cols[i]), header);
                }
                for (ComplianceCalculator.Ranked k : n.ranking()) {
                    ProgramResults.UnitView unit = r.unit(k.regionCode());
                    Row line = summary.createRow(row++);
                    line.createCell(0).setCellValue(k.place());
                    text(line, 1, unit.regionCode(), null);
                    text(line, 2, unitLabel(unit), null);
                    number(line, 3, k.total(), percent);
                    text(line, 4, status(unit.status()), null);
                }
                for (ProgramResults.UnitView unit : r.units()) {
                    if (!unit.hasReport()) {
                        Row line = summary.createRow(row++);
                        text(line, 1, unit.regionCode(), null);
                        text(line, 2, unitLabel(unit), null);
                        text(line, 3, Texts.get("gt_export.no_report"), null);
                        text(line, 4, status(unit.status()), null);
                    }
                }
                summary.setColumnWidth(2, 60 * 256);
                summary.setColumnWidth(0, 24 * 256);
            }

            Sheet detail = workbook.createSheet(Texts.get("gt_export.sheet_detail"));
            int row = 0;
            Row head = detail.createRow(row++);
            String[] cols = {"gt_export.code", "gt_export.unit", "gt_export.scope", "gt_export.activity",
                    "gt_export.col_objectives", "gt_export.col_activities", "gt_export.col_weight",
                    "gt_export.col_compliance", "gt_export.col_earned", "gt_export.col_cumulative",
                    "gt_export.col_reported", "gt_export.comment", "gt_export.evidence_count", "gt_export.status"};
            for (int i = 0; i < cols.length; i++) {
                text(head, i, Texts.get(cols[i]), header);
            }
            for (ProgramResults.UnitView unit : units) {
                for (ProgramResults.RowView line : unit.rows()) {
                    Row x = detail.createRow(row++);
                    text(x, 0, unit.regionCode(), null);
                    text(x, 1, unitLabel(unit), null);
                    text(x, 2, Texts.get("ActivityScope." + line.activity().scope().name()), null);
                    x.createCell(3).setCellValue(line.activity().number());
                    text(x, 4, line.activity().objectivesText(), null);
                    text(x, 5, line.activity().description(), wrap);
                    number(x, 6, line.activity().weight(), percent);
                    number(x, 7, line.compliance(), percent);
                    number(x, 8, line.earned(), percent);
                    number(x, 9, line.cumulative(), percent);
                    number(x, 10, line.reportedCumulative(), percent);
                    text(x, 11, line.comment(), wrap);
                    x.createCell(12).setCellValue(line.evidence().size());
                    text(x, 13, status(unit.status()), null);
                }
                Row total = detail.createRow(row++);
                text(total, 0, unit.regionCode(), null);
                text(total, 1, unitLabel(unit), null);
                text(total, 5, Texts.get("gt_export.unit_total"), null);
                number(total, 9, unit.hasReport() ? unit.total() : null, percent);
            }
            detail.setColumnWidth(1, 40 * 256);
            detail.setColumnWidth(5, 70 * 256);
            detail.setColumnWidth(11, 40 * 256);
            detail.createFreezePane(0, 1);

            List<String> codes = units.stream().map(ProgramResults.UnitView::regionCode).toList();
            List<FlagView> flags = r.flags().stream().filter(f -> codes.contains(f.regionCode())).toList();
            Sheet flagSheet = workbook.createSheet(Texts.get("gt_export.sheet_flags"));
            row = 0;
            head = flagSheet.createRow(row++);
            String[] flagCols = {"gt_export.code", "gt_export.unit", "gt_export.flag_kind", "gt_export.activity",
                    "gt_export.reported", "gt_export.computed", "gt_export.detail", "gt_export.flag_status"};
            for (int i = 0; i < flagCols.length; i++) {
                text(head, i, Texts.get(flagCols[i]), header);
            }
            for (FlagView f : flags) {
                Row x = flagSheet.createRow(row++);
                text(x, 0, f.regionCode(), null);
                text(x, 1, f.unitName(), null);
                text(x, 2, Texts.get("FlagKind." + f.kind().name()), null);
                if (f.activityNumber() != null) {
                    x.createCell(3).setCellValue(f.activityNumber());
                }
                number(x, 4, f.reported(), percent);
                number(x, 5, f.computed(), percent);
                text(x, 6, f.detail(), wrap);
                text(x, 7, Texts.get("FlagStatus." + f.status().name()), null);
            }
            flagSheet.setColumnWidth(1, 40 * 256);
            flagSheet.setColumnWidth(6, 80 * 256);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }
}
