package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.AffectsPublicPages;
import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.security.NotAudited;
import cl.gob.mintrab.canalregional.security.RegionOwned;
import cl.gob.mintrab.canalregional.support.Times;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Bonificación a la contratación de mano de obra in a region as reported for a month. Each stage of the
 * management process has its own date and note columns, so the audit log shows exactly which one changed.
 */
@AffectsPublicPages
@Entity
@Audited
@Table(name = "bonificacion_status")
public class BonificacionStatus implements RegionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Column(name = "period", nullable = false)
    private YearMonth period;

    @Column(name = "quotas_assigned", nullable = false)
    private int quotasAssigned;

    @Column(name = "jobs_bonified", nullable = false)
    private int jobsBonified;

    @Column(name = "companies", nullable = false)
    private int companies;

    @Column(name = "amount_paid", nullable = false)
    private long amountPaid;

    @Column(name = "call_on")
    private LocalDate callOn;

    @Column(name = "call_note")
    private String callNote;

    @Column(name = "selection_on")
    private LocalDate selectionOn;

    @Column(name = "selection_note")
    private String selectionNote;

    @Column(name = "hiring_on")
    private LocalDate hiringOn;

    @Column(name = "hiring_note")
    private String hiringNote;

    @Column(name = "payment_on")
    private LocalDate paymentOn;

    @Column(name = "payment_note")
    private String paymentNote;

    @Column(name = "closing_on")
    private LocalDate closingOn;

    @Column(name = "closing_note")
    private String closingNote;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @NotAudited
    @Column(name = "import_id")
    private Long importId;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected BonificacionStatus() {
        // JPA
    }

    public BonificacionStatus(String regionCode, YearMonth period) {
        this.regionCode = regionCode;
        this.period = period;
        this.createdAt = Times.now();
        this.updatedAt = createdAt;
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    public void apply(BonificacionValues values) {
        quotasAssigned = values.quotasAssigned();
        jobsBonified = values.jobsBonified();
        companies = values.companies();
        amountPaid = values.amountPaid();
        callOn = values.stage(BonificacionStage.CALL).date();
        callNote = values.stage(BonificacionStage.CALL).note();
        selectionOn = values.stage(BonificacionStage.SELECTION).date();
        selectionNote = values.stage(BonificacionStage.SELECTION).note();
        hiringOn = values.stage(BonificacionStage.HIRING).date();
        hiringNote = values.stage(BonificacionStage.HIRING).note();
        paymentOn = values.stage(BonificacionStage.PAYMENT).date();
        paymentNote = values.stage(BonificacionStage.PAYMENT).note();
        closingOn = values.stage(BonificacionStage.CLOSING).date();
        closingNote = values.stage(BonificacionStage.CLOSING).note();
        demo = false;
        importId = null;
        updatedAt = Times.now();
    }

    public BonificacionValues values() {
        Map<BonificacionStage, StageEntry> stages = new EnumMap<>(BonificacionStage.class);
        stages.put(BonificacionStage.CALL, new StageEntry(callOn, callNote));
        stages.put(BonificacionStage.SELECTION, new StageEntry(selectionOn, selectionNote));
        stages.put(BonificacionStage.HIRING, new StageEntry(hiringOn, hiringNote));
        stages.put(BonificacionStage.PAYMENT, new StageEntry(paymentOn, paymentNote));
        stages.put(BonificacionStage.CLOSING, new StageEntry(closingOn, closingNote));
        return new BonificacionValues(quotasAssigned, jobsBonified, companies, amountPaid, stages);
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public YearMonth getPeriod() {
        return period;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
