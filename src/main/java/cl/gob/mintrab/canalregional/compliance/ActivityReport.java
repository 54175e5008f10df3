package cl.gob.mintrab.canalregional.compliance;

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

/**
 * A unit's compliance on one activity, with its comment. For imported figures, what the document said (weight
 * and cumulative earned weight) is kept next to it, so the re-check can be shown and frozen.
 */
@Entity
@Audited
@Table(name = "gt_activity_report")
public class ActivityReport implements RegionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "unit_report_id", nullable = false)
    private long unitReportId;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Column(name = "compliance", precision = 5, scale = 2)
    private BigDecimal compliance;

    @Column(name = "comment")
    private String comment;

    @Column(name = "reported_weight", precision = 5, scale = 2)
    private BigDecimal reportedWeight;

    @Column(name = "reported_cumulative", precision = 6, scale = 2)
    private BigDecimal reportedCumulative;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ActivityReport() {
        // JPA
    }

    public ActivityReport(long unitReportId, long activityId, String regionCode, String updatedBy) {
        this.unitReportId = unitReportId;
        this.activityId = activityId;
        this.regionCode = regionCode;
        this.updatedBy = updatedBy;
        this.updatedAt = Times.now();
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    public void record(BigDecimal compliance, String comment, String username) {
        this.compliance = scaled(compliance);
        this.comment = comment;
        this.updatedBy = username;
        this.updatedAt = Times.now();
    }

    public Long getId() {
        return id;
    }

    public long getUnitReportId() {
        return unitReportId;
    }

    public long getActivityId() {
        return activityId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public BigDecimal getCompliance() {
        return compliance;
    }

    public String getComment() {
        return comment;
    }

    public BigDecimal getReportedWeight() {
        return reportedWeight;
    }

    public BigDecimal getReportedCumulative() {
        return reportedCumulative;
    }

    public void setReported(BigDecimal weight, BigDecimal cumulative) {
        this.reportedWeight = scaled(weight);
        this.reportedCumulative = scaled(cumulative);
    }

    /** Percentages are kept with the column's two decimals, so what is audited is what is stored. */
    static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(ComplianceCalculator.SCALE, ComplianceCalculator.ROUNDING);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
