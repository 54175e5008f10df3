package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /empleo}: the regions compared: unemployment in the latest quarter, programme coverage in a month
 * ({@code ?periodo=}, optionally one programme {@code ?programa=}) and the Bonificación in the latest month.
 */
@Named
@RequestScoped
public class NationalEmploymentPageBacking {

    @Inject
    EmploymentDataService data;

    @Inject
    ProgrammeService programmes;

    @Inject
    HttpServletRequest request;

    private YearMonth quarter;
    private List<RegionFigure<EmploymentFigureView>> employment;
    private List<YearMonth> periods;
    private YearMonth period;
    private List<ProgrammeView> programmeList;
    private ProgrammeView programme;
    private List<RegionFigure<CoverageValues>> coverage;
    private YearMonth bonificacionPeriod;
    private List<RegionFigure<BonificacionView>> bonificacion;
    private DatasetStatus employmentStatus;
    private DatasetStatus coverageStatus;
    private DatasetStatus bonificacionStatus;

    @PostConstruct
    void load() {
        quarter = data.latestQuarter().orElse(null);
        employment = quarter == null ? List.of() : data.employmentByRegion(quarter);
        periods = data.coveragePeriods(null);
        period = Optional.ofNullable(request.getParameter("periodo")).flatMap(Periods::parse).filter(periods::contains)
                .orElse(periods.isEmpty() ? null : periods.get(0));
        programmeList = programmes.findAll();
        String wanted = request.getParameter("programa");
        programme = programmeList.stream().filter(p -> p.code().equalsIgnoreCase(Objects.requireNonNullElse(wanted, "")))
                .findFirst().orElse(null);
        coverage = period == null ? List.of() : data.coverageByRegion(period, programme == null ? null : programme.code());
        bonificacionPeriod = data.latestBonificacionPeriod().orElse(null);
        bonificacion = bonificacionPeriod == null ? List.of() : data.bonificacionByRegion(bonificacionPeriod);
        employmentStatus = data.status(Dataset.EMPLOYMENT, null);
        coverageStatus = data.status(Dataset.COVERAGE, null);
        bonificacionStatus = data.status(Dataset.BONIFICACION, null);
    }

    public String getEmploymentChart() {
        return Charts.bars("grafico-desocupacion-regiones", Texts.get("empleo.chart_rates", Periods.quarterLongLabel(quarter)),
                Texts.get("region_empleo.axis_rate"), employment.stream().filter(r -> r.figure() != null)
                        .map(r -> new Charts.Bar(r.region().shortName(), r.figure().values().unemploymentRate())).toList(),
                EmploymentFormats.rateFormat());
    }

    public String getCoverageChart() {
        return Charts.bars("grafico-cobertura-regiones", Texts.get("empleo.chart_coverage", getProgrammeLabel(),
                        Periods.monthLabel(period)), Texts.get("region_empleo.axis_beneficiaries"),
                coverage.stream().filter(r -> r.figure() != null)
                        .map(r -> new Charts.Bar(r.region().shortName(), r.figure().beneficiaries())).toList(),
                EmploymentFormats.integerFormat());
    }

    public String getBonificacionChart() {
        return Charts.bars("grafico-bonificacion-regiones", Texts.get("empleo.chart_bonificacion",
                        Periods.monthLabel(bonificacionPeriod)), Texts.get("empleo.axis_jobs"),
                bonificacion.stream().filter(r -> r.figure() != null)
                        .map(r -> new Charts.Bar(r.region().shortName(), r.figure().values().jobsBonified())).toList(),
                EmploymentFormats.integerFormat());
    }

    /** {@code /datos/<dataset>.<format>} with the section's filters. */
    public String download(String dataset, String format, String periodText, boolean withProgramme) {
        StringBuilder url = new StringBuilder(request.getContextPath()).append("/datos/").append(dataset).append('.')
                .append(format);
        String separator = "?";
        if (periodText != null && !periodText.isEmpty()) {
            url.append(separator).append("periodo=").append(periodText);
            separator = "&";
        }
        if (withProgramme && programme != null) {
            url.append(separator).append("programa=").append(URLEncoder.encode(programme.code(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    public String getProgrammeLabel() {
        return programme == null ? Texts.get("empleo.all_programmes") : programme.name();
    }

    public YearMonth getQuarter() {
        return quarter;
    }

    public List<RegionFigure<EmploymentFigureView>> getEmployment() {
        return employment;
    }

    public List<YearMonth> getPeriods() {
        return periods;
    }

    public YearMonth getPeriod() {
        return period;
    }

    public List<ProgrammeView> getProgrammes() {
        return programmeList;
    }

    public ProgrammeView getProgramme() {
        return programme;
    }

    public List<RegionFigure<CoverageValues>> getCoverage() {
        return coverage;
    }

    public CoverageValues getCoverageTotal() {
        return RegionEmploymentPageBacking.total(coverage.stream().filter(r -> r.figure() != null)
                .map(r -> new CoverageLine(r.region().code(), r.region().name(), null, r.figure())).toList());
    }

    public YearMonth getBonificacionPeriod() {
        return bonificacionPeriod;
    }

    public List<RegionFigure<BonificacionView>> getBonificacion() {
        return bonificacion;
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

    /** The open datasets, for the open-data page. */
    public List<OpenDataTables.Definition> getDatasets() {
        return OpenDataTables.ALL;
    }
}
