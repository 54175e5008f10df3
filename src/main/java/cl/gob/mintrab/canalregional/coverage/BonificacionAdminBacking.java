package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/bonificacion?region=NN}: a region's monthly Bonificación reports with the stage dates and notes,
 * the data-quality warnings, and a form. A new report starts from the previous month's, so only what changed is
 * typed.
 */
@Named
@ViewScoped
public class BonificacionAdminBacking extends RegionDataBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One stage in the form: its date and note. */
    public static class StageInput implements java.io.Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final BonificacionStage stage;
        private LocalDate date;
        private String note;

        StageInput(BonificacionStage stage, StageEntry entry) {
            this.stage = stage;
            this.date = entry.date();
            this.note = entry.note();
        }

        public BonificacionStage getStage() {
            return stage;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    @Inject
    BonificacionService service;

    @Inject
    DataQualityService quality;

    private List<BonificacionView> list;
    private List<QualityWarning> warnings;
    private boolean editing;
    private Long editingId;
    private Integer version;
    private String period;
    private Integer quotasAssigned;
    private Integer jobsBonified;
    private Integer companies;
    private Long amountPaid;
    private List<StageInput> stages;

    public void load() {
        loadRegions();
        refresh();
    }

    public void refresh() {
        editing = false;
        if (getRegion() != null) {
            list = service.findByRegion(getRegion());
            warnings = quality.warnings(Dataset.BONIFICACION, getRegion());
        }
    }

    public void add() {
        BonificacionView previous = list.isEmpty() ? null : list.get(0);
        editingId = null;
        version = null;
        YearMonth month = YearMonth.now(Formats.ZONE).minusMonths(1);
        if (previous != null && !previous.period().isBefore(month)) {
            month = previous.period().plusMonths(1);
        }
        period = Periods.iso(month);
        fill(previous == null ? new BonificacionValues(0, 0, 0, 0, Map.of()) : previous.values());
        editing = true;
    }

    public void edit(long id) {
        BonificacionView view = service.get(id);
        editingId = view.id();
        version = view.version();
        period = view.periodText();
        fill(view.values());
        editing = true;
    }

    private void fill(BonificacionValues values) {
        quotasAssigned = values.quotasAssigned();
        jobsBonified = values.jobsBonified();
        companies = values.companies();
        amountPaid = values.amountPaid();
        stages = new ArrayList<>();
        for (BonificacionStage stage : BonificacionStage.values()) {
            stages.add(new StageInput(stage, values.stage(stage)));
        }
    }

    public void save() {
        Map<BonificacionStage, StageEntry> entries = new EnumMap<>(BonificacionStage.class);
        for (StageInput input : stages) {
            entries.put(input.getStage(), new StageEntry(input.getDate(),
                    input.getNote() == null || input.getNote().isBlank() ? null : input.getNote().trim()));
        }
        try {
            service.save(new BonificacionEntry(editingId, version, getRegion(), period, quotasAssigned, jobsBonified,
                    companies, amountPaid, entries));
            FacesErrors.info("admin_datos.saved");
            refresh();
        } catch (ValidationException e) {
            FacesErrors.show("form", e);
        } catch (ConcurrentChangeException e) {
            FacesErrors.global("error.concurrent_change");
        }
    }

    public void delete(long id) {
        service.delete(id);
        FacesErrors.info("admin_datos.deleted");
        refresh();
    }

    public void cancel() {
        editing = false;
    }

    public List<QualityWarning> warningsFor(BonificacionView row) {
        return warnings.stream().filter(w -> w.concerns(row.period(), null)).toList();
    }

    public List<BonificacionView> getList() {
        return list;
    }

    public List<QualityWarning> getWarnings() {
        return warnings;
    }

    public List<StageInput> getStages() {
        return stages;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isNew() {
        return editingId == null;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Integer getQuotasAssigned() {
        return quotasAssigned;
    }

    public void setQuotasAssigned(Integer quotasAssigned) {
        this.quotasAssigned = quotasAssigned;
    }

    public Integer getJobsBonified() {
        return jobsBonified;
    }

    public void setJobsBonified(Integer jobsBonified) {
        this.jobsBonified = jobsBonified;
    }

    public Integer getCompanies() {
        return companies;
    }

    public void setCompanies(Integer companies) {
        this.companies = companies;
    }

    public Long getAmountPaid() {
        return amountPaid;
    }

    public void setAmountPaid(Long amountPaid) {
        this.amountPaid = amountPaid;
    }
}
