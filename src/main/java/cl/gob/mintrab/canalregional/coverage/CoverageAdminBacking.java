package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.PagedModel;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.util.List;

/**
 * {@code /admin/cobertura?region=NN}: a region's programme coverage, filtered by year, programme and level
 * (regional totals or comunas), with the data-quality warnings next to the rows they concern, and a form to add,
 * correct or delete a row.
 */
@Named
@ViewScoped
public class CoverageAdminBacking extends RegionDataBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CoverageService coverage;

    @Inject
    ProgrammeService programmes;

    @Inject
    DataQualityService quality;

    @Inject
    ReferenceData reference;

    private Integer year;
    private String programmeFilter;
    private String level = "all";
    private List<Integer> years;
    private List<ProgrammeView> programmeList;
    private List<ImportContext.ComunaRef> comunas;
    private List<QualityWarning> warnings;
    private PagedModel<CoverageRowView> rows;

    private boolean editing;
    private Long editingId;
    private Integer version;
    private String programme;
    private String period;
    private String comuna;
    private Integer quotas;
    private Integer beneficiaries;
    private Integer women;
    private Integer men;
    private Long budget;

    /** View action. */
    public void load() {
        loadRegions();
        programmeList = programmes.findAll();
        refresh();
    }

    /** Another region, or other filters. */
    public void refresh() {
        editing = false;
        if (getRegion() == null) {
            return;
        }
        years = coverage.findYears(getRegion());
        if (year != null && !years.contains(year)) {
            year = null;
        }
        comunas = reference.comunasOf(getRegion());
        warnings = quality.warnings(Dataset.COVERAGE, getRegion());
        String region = getRegion();
        CoverageService.Query query = new CoverageService.Query(year, programmeFilter,
                "all".equals(level) ? null : "region".equals(level));
        CoverageService service = coverage;
        rows = new PagedModel<>(() -> service.count(region, query), (first, max) -> service.find(region, query, first, max));
    }

    public void add() {
        editingId = null;
        version = null;
        programme = programmeList.isEmpty() ? null : programmeList.get(0).code();
        period = Periods.iso(java.time.YearMonth.now(cl.gob.mintrab.canalregional.support.Formats.ZONE).minusMonths(1));
        comuna = null;
        quotas = null;
        beneficiaries = null;
        women = null;
        men = null;
        budget = null;
        editing = true;
    }

    public void edit(long id) {
        CoverageRowView row = coverage.get(id);
        editingId = row.id();
        version = row.version();
        programme = row.programmeCode();
        period = row.periodText();
        comuna = row.comunaCode();
        quotas = row.values().quotas();
        beneficiaries = row.values().beneficiaries();
        women = row.values().women();
        men = row.values().men();
        budget = row.values().budgetExecuted();
        editing = true;
    }

    public void save() {
        try {
            coverage.save(new CoverageEntry(editingId, version, getRegion(), programme, period, comuna, quotas,
                    beneficiaries, women, men, budget));
            FacesErrors.info("admin_datos.saved");
            refresh();
        } catch (ValidationException e) {
            FacesErrors.show("form", e);
        } catch (ConcurrentChangeException e) {
            FacesErrors.global("error.concurrent_change");
        }
    }

    public void delete(long id) {
        coverage.delete(id);
        FacesErrors.info("admin_datos.deleted");
        refresh();
    }

    public void cancel() {
        editing = false;
    }

    /** The warnings about a row (same month, and its programme or comuna). */
    public List<QualityWarning> warningsFor(CoverageRowView row) {
        return warnings.stream().filter(w -> w.concerns(row.period(), row.comunaCode() == null ? row.programmeCode()
                : row.programmeCode() + "/" + row.comunaCode())).toList();
    }

    public PagedModel<CoverageRowView> getRows() {
        return rows;
    }

    public List<QualityWarning> getWarnings() {
        return warnings;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<ProgrammeView> getProgrammes() {
        return programmeList;
    }

    public List<ImportContext.ComunaRef> getComunas() {
        return comunas;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isNew() {
        return editingId == null;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getProgrammeFilter() {
        return programmeFilter;
    }

    public void setProgrammeFilter(String programmeFilter) {
        this.programmeFilter = programmeFilter;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getComuna() {
        return comuna;
    }

    public void setComuna(String comuna) {
        this.comuna = comuna;
    }

    public Integer getQuotas() {
        return quotas;
    }

    public void setQuotas(Integer quotas) {
        this.quotas = quotas;
    }

    public Integer getBeneficiaries() {
        return beneficiaries;
    }

    public void setBeneficiaries(Integer beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    public Integer getWomen() {
        return women;
    }

    public void setWomen(Integer women) {
        this.women = women;
    }

    public Integer getMen() {
        return men;
    }

    public void setMen(Integer men) {
        this.men = men;
    }

    public Long getBudget() {
        return budget;
    }

    public void setBudget(Long budget) {
        this.budget = budget;
    }
}
