package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.AffectsPublicPages;
import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.security.RegionOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Values an employment figure had before a revision replaced them. Written once, never changed. */
@AffectsPublicPages
@Entity
@Audited
@Table(name = "employment_figure_revision")
public class EmploymentFigureRevision implements RegionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "figure_id", nullable = false, updatable = false)
    private long figureId;

    @Column(name = "unemployment_rate", nullable = false, updatable = false, precision = 4, scale = 1)
    private BigDecimal unemploymentRate;

    @Column(name = "labour_force", nullable = false, updatable = false)
    private int labourForce;

    @Column(name = "employed", nullable = false, updatable = false)
    private int employed;

    @Column(name = "source", nullable = false, updatable = false)
    private String source;

    @Column(name = "published_on", nullable = false, updatable = false)
    private LocalDate publishedOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    @Column(name = "replaced_by", nullable = false, updatable = false)
    private String replacedBy;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "demo", nullable = false, updatable = false)
    private boolean demo;

    /** Only for the audit entry's region. */
    @Transient
    private String regionCode;

    protected EmploymentFigureRevision() {
        // JPA
    }

    public EmploymentFigureRevision(EmploymentFigure figure, Instant replacedAt, String replacedBy, String note) {
        EmploymentValues old = figure.values();
        this.figureId = figure.getId();
        this.regionCode = figure.getRegionCode();
        this.unemploymentRate = old.unemploymentRate();
        this.labourForce = old.labourForce();
        this.employed = old.employed();
        this.source = old.source();
        this.publishedOn = old.publishedOn();
        this.recordedAt = figure.getUpdatedAt();
        this.replacedAt = replacedAt;
        this.replacedBy = replacedBy;
        this.note = note;
        this.demo = figure.isDemo();
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }
}
