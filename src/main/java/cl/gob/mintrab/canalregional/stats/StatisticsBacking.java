package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code /admin/estadisticas/}: the visit statistics report with a date range, a granularity, a scope (the whole
 * portal or one region) and a preset of common ranges; CSV and XLSX exports of the same report.
 */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Common ranges; "custom" leaves the dates as typed. */
    public enum Preset { LAST_30_DAYS, THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR, CUSTOM }

    @Inject
    transient StatisticsService service;

    /** {@code ?rango=LAST_MONTH}: a bookmarkable preset (see {@link Preset}). */
    @Inject
    @Param(name = "rango")
    transient String rango;

    private LocalDate from;
    private LocalDate to;
    private PeriodType granularity = PeriodType.DAY;
    private String regionCode;
    private Preset preset = Preset.LAST_30_DAYS;
    private boolean national;
    private List<RegionSummary> regions;
    private StatsReport report;

    @PostConstruct
    void init() {
        national = service.mayViewNational();
        regions = service.findReportableRegions();
        if (!national && !regions.isEmpty()) {
            regionCode = regions.get(0).code();
        }
        if (rango != null) {
            for (Preset p : Preset.values()) {
                if (p.name().equalsIgnoreCase(rango) && p != Preset.CUSTOM) {
                    preset = p;
                }
            }
        }
        applyPreset();
    }

    /** Sets the dates (and a fitting granularity) from the preset, then reports. */
    public void applyPreset() {
        LocalDate today = StatisticsService.today();
        switch (preset) {
            case LAST_30_DAYS -> range(today.minusDays(29), today, PeriodType.DAY);
            case THIS_MONTH -> range(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()), PeriodType.DAY);
            case LAST_MONTH -> {
                LocalDate first = today.minusMonths(1).withDayOfMonth(1);
                range(first, first.withDayOfMonth(first.lengthOfMonth()), PeriodType.DAY);
            }
            case THIS_YEAR -> range(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()), PeriodType.MONTH);
            case LAST_YEAR -> {
                LocalDate first = today.minusYears(1).withDayOfYear(1);
                range(first, first.withDayOfYear(first.lengthOfYear()), PeriodType.MONTH);
            }
            case CUSTOM -> {
                // keep the dates
            }
        }
        apply();
    }

    private void range(LocalDate from, LocalDate to, PeriodType granularity) {
        this.from = from;
        this.to = to;
        this.granularity = granularity;
    }

    public void apply() {
        try {
            report = service.report(new StatsReport.ReportRequest(from, to, granularity,
                    regionCode == null || regionCode.isEmpty() ? null : regionCode));
        } catch (ValidationException e) {
            FacesErrors.show("form", e);
        }
    }

    /** Dates typed by hand: the preset becomes "custom". */
    public void applyCustom() {
        preset = Preset.CUSTOM;
        apply();
    }

    public void exportCsv() throws IOException {
        export("text/csv; charset=UTF-8", "csv");
    }

    public void exportXlsx() throws IOException {
        export("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
    }

    private void export(String contentType, String extension) throws IOException {
        apply();
        if (report == null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        String scope = report.request().regionCode() == null ? "nacional" : report.request().regionCode();
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"estadisticas-" + scope + "-"
                + report.request().from() + "-" + report.request().to() + "." + extension + "\"");
        if ("csv".equals(extension)) {
            StatsExport.csv(report, external.getResponseOutputStream());
        } else {
            StatsExport.xlsx(report, external.getResponseOutputStream());
        }
        context.responseComplete();
    }

    /** "+12,5 %", "−3,0 %", or "—" when there is nothing to compare with. */
    public String change(long current, long previous) {
        if (previous == 0) {
            return "—";
        }
        double change = (current - previous) * 100.0 / previous;
        return String.format(Locale.forLanguageTag("es-CL"), "%s%.1f %%", change > 0 ? "+" : change < 0 ? "−" : "", Math.abs(change));
    }

    /** dd-MM-yyyy, as in the date pickers. */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(Formats.DAY);
    }

    public String getSeriesChart() {
        return report == null ? "{}" : StatsCharts.series(report);
    }

    public String getRegionsChart() {
        return report == null ? "{}" : StatsCharts.regions(report);
    }

    public StatsReport getReport() {
        return report;
    }

    public boolean isNational() {
        return national;
    }

    public List<RegionSummary> getRegions() {
        return regions;
    }

    public PeriodType[] getGranularities() {
        return PeriodType.values();
    }

    public Preset[] getPresets() {
        return Preset.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public PeriodType getGranularity() {
        return granularity;
    }

    public void setGranularity(PeriodType granularity) {
        this.granularity = granularity;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Preset getPreset() {
        return preset;
    }

    public void setPreset(Preset preset) {
        this.preset = preset;
    }
}
