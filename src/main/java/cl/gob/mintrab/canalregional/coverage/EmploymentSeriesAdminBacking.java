package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * {@code /admin/series-empleo?region=NN}: a region's employment series with each figure's revisions, the
 * data-quality warnings, and a form. Saving other figures for a stored quarter records a revision (the previous
 * values stay in the history, visible here and on the public page).
 */
@Named
@ViewScoped
public class EmploymentSeriesAdminBacking extends RegionDataBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String DEFAULT_SOURCE = "INE, Encuesta Nacional de Empleo";

    @Inject
    EmploymentSeriesService service;

    @Inject
    DataQualityService quality;

    private List<EmploymentFigureView> list;
    private List<QualityWarning> warnings;
    private boolean editing;
    private Long editingId;
    private Integer version;
    private String quarterEnd;
    private BigDecimal unemploymentRate;
    private Integer labourForce;
    private Integer employed;
    private String source;
    private LocalDate publishedOn;
    private boolean revised;
    private String note;

    public void load() {
        loadRegions();
        refresh();
    }

    public void refresh() {
        editing = false;
        if (getRegion() != null) {
            list = service.findByRegion(getRegion());
            warnings = quality.warnings(Dataset.EMPLOYMENT, getRegion());
        }
    }

    public void add() {
        editingId = null;
        version = null;
        YearMonth next = list.isEmpty() ? YearMonth.now(Formats.ZONE).minusMonths(2) : list.get(0).quarterEnd().plusMonths(1);
        quarterEnd = Periods.iso(next);
        unemploymentRate = null;
        labourForce = null;
        employed = null;
        source = list.isEmpty() ? DEFAULT_SOURCE : list.get(0).values().source();
        publishedOn = null;
        revised = false;
        note = null;
        editing = true;
    }

    public void edit(long id) {
        EmploymentFigureView figure = service.get(id);
        editingId = figure.id();
        version = figure.version();
        quarterEnd = figure.quarterText();
        unemploymentRate = figure.values().unemploymentRate();
        labourForce = figure.values().labourForce();
        employed = figure.values().employed();
        source = figure.values().source();
        publishedOn = figure.values().publishedOn();
        revised = figure.revised();
        note = null;
        editing = true;
    }

    public void save() {
        try {
            service.save(new EmploymentEntry(editingId, version, getRegion(), quarterEnd, unemploymentRate, labourForce,
                    employed, source, publishedOn, revised, note));
            FacesErrors.info("admin_datos.saved");
            refresh();
        } catch (ValidationException e) {
            FacesErrors.show("form", e);
        } catch (ConcurrentChangeException e) {
            FacesErrors.global("error.concurrent_change");
        }
    }

    public void cancel() {
        editing = false;
    }

    public List<QualityWarning> warningsFor(EmploymentFigureView row) {
        return warnings.stream().filter(w -> w.concerns(row.quarterEnd(), null)).toList();
    }

    public List<EmploymentFigureView> getList() {
        return list;
    }

    public List<QualityWarning> getWarnings() {
        return warnings;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isNew() {
        return editingId == null;
    }

    public String getQuarterEnd() {
        return quarterEnd;
    }

    public void setQuarterEnd(String quarterEnd) {
        this.quarterEnd = quarterEnd;
    }

    public BigDecimal getUnemploymentRate() {
        return unemploymentRate;
    }

    public void setUnemploymentRate(BigDecimal unemploymentRate) {
        this.unemploymentRate = unemploymentRate;
    }

    public Integer getLabourForce() {
        return labourForce;
    }

    public void setLabourForce(Integer labourForce) {
        this.labourForce = labourForce;
    }

    public Integer getEmployed() {
        return employed;
    }

    public void setEmployed(Integer employed) {
        this.employed = employed;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public boolean isRevised() {
        return revised;
    }

    public void setRevised(boolean revised) {
        this.revised = revised;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
