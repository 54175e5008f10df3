package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.security.NotAudited;
import cl.gob.mintrab.canalregional.security.RegionOwned;
import cl.gob.mintrab.canalregional.support.Times;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A unit's report in a programme: what central staff approve or send back, as a whole. Its activity figures are
 * {@link ActivityReport}s. Status changes are workflow transitions in the audit log.
 */
@Entity
@Audited
@Table(name = "gt_unit_report")
public class UnitReport implements RegionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private UnitReportStatus status = UnitReportStatus.BORRADOR;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected UnitReport() {
        // JPA
    }

    public UnitReport(long programId, String regionCode, UnitReportStatus status) {
        this.programId = programId;
        this.regionCode = regionCode;
        this.status = status;
        this.updatedAt = Times.now();
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    public void submit(String username) {
        status = UnitReportStatus.ENVIADO;
        submittedBy = username;
        submittedAt = Times.now();
        updatedAt = submittedAt;
    }

    public void review(UnitReportStatus outcome, String username, String comment) {
        status = outcome;
        reviewedBy = username;
        reviewedAt = Times.now();
        reviewComment = comment;
        updatedAt = reviewedAt;
    }

    public void touch() {
        updatedAt = Times.now();
    }

    public Long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public UnitReportStatus getStatus() {
        return status;
    }

    public void setStatus(UnitReportStatus status) {
        this.status = status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
