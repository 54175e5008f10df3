package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.AffectsPublicPages;
import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.security.NotAudited;
import cl.gob.mintrab.canalregional.security.RegionOwned;
import cl.gob.mintrab.canalregional.support.Times;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Coverage of a programme in a region and month: the region's total when {@code comunaCode} is null, otherwise
 * the figures of one comuna of that region.
 */
@AffectsPublicPages
@Entity
@Audited
@Table(name = "coverage_figure")
public class CoverageFigure implements RegionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Column(name = "period", nullable = false)
    private YearMonth period;

    @Column(name = "comuna_code", length = 5)
    private String comunaCode;

    /** The comuna code, or "" for the regional total: part of the unique key (a NULL would not be). */
    @NotAudited
    @Column(name = "comuna_key", nullable = false, updatable = false, length = 5)
    private String comunaKey;

    @Column(name = "quotas")
    private Integer quotas;

    @Column(name = "beneficiaries", nullable = false)
    private int beneficiaries;

    @Column(name = "women")
    private Integer women;

    @Column(name = "men")
    private Integer men;

    @Column(name = "budget_executed")
    private Long budgetExecuted;

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

    protected CoverageFigure() {
        // JPA
    }

    public CoverageFigure(Programme programme, String regionCode, YearMonth period, String comunaCode) {
        this.programme = programme;
        this.regionCode = regionCode;
        this.period = period;
        this.comunaCode = comunaCode;
        this.comunaKey = comunaCode == null ? "" : comunaCode;
        this.createdAt = Times.now();
        this.updatedAt = createdAt;
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    public void apply(CoverageValues values) {
        this.quotas = values.quotas();
        this.beneficiaries = values.beneficiaries();
        this.women = values.women();
        this.men = values.men();
        this.budgetExecuted = values.budgetExecuted();
        this.demo = false;
        this.importId = null;
        this.updatedAt = Times.now();
    }

    public CoverageValues values() {
        return new CoverageValues(quotas, beneficiaries, women, men, budgetExecuted);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public YearMonth getPeriod() {
        return period;
    }

    public String getComunaCode() {
        return comunaCode;
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
