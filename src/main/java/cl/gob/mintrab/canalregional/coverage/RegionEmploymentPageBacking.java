package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.RouteParams;
import cl.gob.mintrab.canalregional.support.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public "Empleo" page of a region, {@code /region/<slug>/empleo}: its employment series, programme coverage
 * (by programme and by comuna, for the month in {@code ?periodo=}, the programme in {@code ?programa=}) and the
 * Bonificación, each as a table with a chart of the same data and downloads with the page's filters.
 */
@Named
@RequestScoped
public class RegionEmploymentPageBacking {

    /** Quarters in the series chart and table. */
    static final int QUARTERS = 24;
    /** Months in the Bonificación table. */
    static final int BONIFICACION_MONTHS = 12;

    @Inject
    RegionService regions;

    @Inject
    EmploymentDataService data;

    @Inject
    HttpServletRequest request;

    private RegionSummary region;
    private List<EmploymentFigureView> series;
    private List<YearMonth> periods;
    private YearMonth period;
    private List<CoverageLine> byProgramme;
    private List<ProgrammeView> comunaProgrammes;
    private ProgrammeView comunaProgramme;
    private List<CoverageLine> byComuna;
    private List<BonificacionView> bonificacion;
    private DatasetStatus employmentStatus;
    private DatasetStatus coverageStatus;
    private DatasetStatus bonificacionStatus;

    /** View action: 404 for an unknown region or the Nivel Central (which reports no regional figures). */
    public void load() throws IOException {
        region = RouteParams.get(request, "region").flatMap(regions::findBySlug)
                .filter(r -> !r.nivelCentral()).orElse(null);
        if (region == null) {
            Faces.responseSendError(404, "Región no encontrada");
            return;
        }
        series = data.employmentSeries(region.code(), QUARTERS);
        periods = data.coveragePeriods(region.code());
        period = Optional.ofNullable(request.getParameter("periodo")).flatMap(Periods::parse)
                .filter(periods::contains).orElse(periods.isEmpty() ? null : periods.get(0));
        if (period != null) {
            byProgramme = data.coverageByProgramme(region.code(), period);
            comunaProgrammes = data.programmesWithComunas(region.code(), period);
            String wanted = request.getParameter("programa");
            comunaProgramme = comunaProgrammes.stream().filter(p -> p.code().equalsIgnoreCase(wanted == null ? "" : wanted))
                    .findFirst().orElse(comunaProgrammes.isEmpty() ? null : comunaProgrammes.get(0));
            byComuna = comunaProgramme == null ? List.of()
                    : data.coverageByComuna(region.code(), period, comunaProgramme.code());
        } else {
            byProgramme = List.of();
            comunaProgrammes = List.of();
            byComuna = List.of();
        }
        bonificacion = data.bonificacion(region.code(), BONIFICACION_MONTHS);
        employmentStatus = data.status(Dataset.EMPLOYMENT, region.code());
        coverageStatus = data.status(Dataset.COVERAGE, region.code());
        bonificacionStatus = data.status(Dataset.BONIFICACION, region.code());
    }

    // ------------------------------------------------------------------------------------------ charts

    public String getSeriesChart() {
        List<EmploymentFigureView> chronological = getSeriesChronological();
        return Charts.line("grafico-desocupacion", Texts.get("region_empleo.chart_series", region.name()),
                Texts.get("region_empleo.axis_rate"), chronological.stream()
                        .map(f -> new Charts.Point(f.quarterEnd(), f.values().unemploymentRate())).toList(),
                EmploymentFormats.rateFormat());
    }

    public String getProgrammeChart() {
        return Charts.bars("grafico-programas", Texts.get("region_empleo.chart_programmes", Periods.monthLabel(period)),
                Texts.get("region_empleo.axis_beneficiaries"), byProgramme.stream()
                        .map(l -> new Charts.Bar(l.name(), l.values().beneficiaries())).toList(),
                EmploymentFormats.integerFormat());
    }

    public String getComunaChart() {
        return Charts.bars("grafico-comunas", Texts.get("region_empleo.chart_comunas", comunaProgramme.name(),
                        Periods.monthLabel(period)), Texts.get("region_empleo.axis_beneficiaries"),
                byComuna.stream().map(l -> new Charts.Bar(l.name(), l.values().beneficiaries())).toList(),
                EmploymentFormats.integerFormat());
    }

    // ------------------------------------------------------------------------------------------ downloads

    /** {@code /datos/<dataset>.<format>?region=...} with the filters the section shows. */
    public String download(String dataset, String format, boolean withPeriod, boolean withProgramme) {
        StringBuilder url = new StringBuilder(request.getContextPath()).append("/datos/").append(dataset).append('.')
                .append(format).append("?region=").append(region.slug());
        if (withPeriod && period != null) {
            url.append("&periodo=").append(Periods.iso(period));
        }
        if (withProgramme && comunaProgramme != null) {
            url.append("&programa=").append(URLEncoder.encode(comunaProgramme.code(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    // ------------------------------------------------------------------------------------------ getters

    public RegionSummary getRegion() {
        return region;
    }

    /** For the breadcrumbs tag: label and path of each link, like the EL map literals of the other pages. */
    public List<Map<String, String>> getCrumbs() {
        return List.of(Map.of("label", region.name(), "href", region.path()));
    }

    public List<EmploymentFigureView> getSeries() {
        return series;
    }

    public List<EmploymentFigureView> getSeriesChronological() {
        List<EmploymentFigureView> list = new ArrayList<>(series);
        list.sort(Comparator.comparing(EmploymentFigureView::quarterEnd));
        return list;
    }

    public EmploymentFigureView getLatest() {
        return series.isEmpty() ? null : series.get(0);
    }

    public List<YearMonth> getPeriods() {
        return periods;
    }

    public YearMonth getPeriod() {
        return period;
    }

    public List<CoverageLine> getByProgramme() {
        return byProgramme;
    }

    public CoverageValues getProgrammeTotal() {
        return total(byProgramme);
    }

    public List<ProgrammeView> getComunaProgrammes() {
        return comunaProgrammes;
    }

    public ProgrammeView getComunaProgramme() {
        return comunaProgramme;
    }

    public List<CoverageLine> getByComuna() {
        return byComuna;
    }

    public CoverageValues getComunaTotal() {
        return total(byComuna);
    }

    public List<BonificacionView> getBonificacion() {
        return bonificacion;
    }

    public BonificacionView getCurrentBonificacion() {
        return bonificacion.isEmpty() ? null : bonificacion.get(0);
    }

    /** The stages of the current process for the timeline: each with its entry and whether it is the current one. */
    public List<TimelineStep> getTimeline() {
        BonificacionView current = getCurrentBonificacion();
        if (current == null) {
            return List.of();
        }
        List<TimelineStep> steps = new ArrayList<>();
        BonificacionStage reached = current.currentStage();
        for (BonificacionStage stage : BonificacionStage.values()) {
            StageEntry entry = current.values().stage(stage);
            TimelineStep.State state = reached != null && stage == reached ? TimelineStep.State.CURRENT
                    : entry.reached() ? TimelineStep.State.DONE : TimelineStep.State.PENDING;
            steps.add(new TimelineStep(stage, entry, state));
        }
        return steps;
    }

    public DatasetStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public DatasetStatus getCoverageStatus() {
        return coverageStatus;
    }

    public DatasetStatus getBonificacionStatus() {
        return bonificacionStatus;
    }

    public boolean isDemo() {
        return employmentStatus.demo() || coverageStatus.demo() || bonificacionStatus.demo();
    }

    static CoverageValues total(List<CoverageLine> lines) {
        Integer quotas = lines.stream().anyMatch(l -> l.values().quotas() != null)
                ? lines.stream().mapToInt(l -> l.values().quotas() == null ? 0 : l.values().quotas()).sum() : null;
        int beneficiaries = lines.stream().mapToInt(l -> l.values().beneficiaries()).sum();
        Integer women = lines.stream().anyMatch(l -> l.values().women() != null)
                ? lines.stream().mapToInt(l -> l.values().women() == null ? 0 : l.values().women()).sum() : null;
        Integer men = lines.stream().anyMatch(l -> l.values().men() != null)
                ? lines.stream().mapToInt(l -> l.values().men() == null ? 0 : l.values().men()).sum() : null;
        Long budget = lines.stream().anyMatch(l -> l.values().budgetExecuted() != null)
                ? lines.stream().mapToLong(l -> l.values().budgetExecuted() == null ? 0 : l.values().budgetExecuted()).sum()
                : null;
        return new CoverageValues(quotas, beneficiaries, women, men, budget);
    }
}
