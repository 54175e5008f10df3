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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A region's employment figures for one moving quarter, identified by its last month. Changing the figures of an
 * existing quarter is a revision: the service first keeps the replaced values as an
 * {@link EmploymentFigureRevision} and marks this figure as revised.
 */
@AffectsPublicPages
@Entity
@Audited
@Table(name = "employment_figure")
public class EmploymentFigure implements RegionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Column(name = "quarter_end", nullable = false)
    private YearMonth quarterEnd;

    @Column(name = "unemployment_rate", nullable = false, precision = 4, scale = 1)
    private BigDecimal unemploymentRate;

    @Column(name = "labour_force", nullable = false)
    private int labourForce;

    @Column(name = "employed", nullable = false)
    private int employed;

    @Column(name = "source", nullable = false)
    private String source;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "revised", nullable = false)
    private boolean revised;

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

    protected EmploymentFigure() {
        // JPA
    }

    public EmploymentFigure(String regionCode, YearMonth quarterEnd) {
        this.regionCode = regionCode;
        this.quarterEnd = quarterEnd;
        this.createdAt = Times.now();
        this.updatedAt = createdAt;
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    public void apply(EmploymentValues values, boolean revisedFlag) {
        unemploymentRate = values.unemploymentRate();
        labourForce = values.labourForce();
        employed = values.employed();
        source = values.source();
        publishedOn = values.publishedOn();
        revised = revisedFlag;
        demo = false;
        importId = null;
        updatedAt = Times.now();
    }

    public EmploymentValues values() {
        return new EmploymentValues(unemploymentRate, labourForce, employed, source, publishedOn);
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public YearMonth getQuarterEnd() {
        return quarterEnd;
    }

    public boolean isRevised() {
        return revised;
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
