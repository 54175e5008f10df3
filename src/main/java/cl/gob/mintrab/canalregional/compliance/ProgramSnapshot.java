package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.security.NotAudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The frozen results of a programme at the cut-off (version 1) or after an annotated correction (2, 3 ...): the
 * canonical serialization of every figure, flag and evidence item, and its SHA-256. Immutable: every column is
 * insert-only here and the database refuses UPDATE and DELETE on the table (triggers).
 */
@Entity
@Audited
@Table(name = "gt_snapshot")
public class ProgramSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "annotation", updatable = false)
    private String annotation;

    @Column(name = "national_mean", precision = 5, scale = 2, updatable = false)
    private BigDecimal nationalMean;

    @NotAudited // the audit entry records the hash; the serialization itself is kept here, immutable
    @Column(name = "canonical", nullable = false, updatable = false)
    private String canonical;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    protected ProgramSnapshot() {
        // JPA
    }

    public ProgramSnapshot(long programId, int versionNo, Instant createdAt, String createdBy, String annotation,
                           BigDecimal nationalMean, String canonical) {
        this.programId = programId;
        this.versionNo = versionNo;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.annotation = annotation;
        this.nationalMean = nationalMean;
        this.canonical = canonical;
        this.sha256 = CanonicalJson.sha256(canonical);
    }

    public Long getId() {
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getAnnotation() {
        return annotation;
    }

    public BigDecimal getNationalMean() {
        return nationalMean;
    }

    public String getCanonical() {
        return canonical;
    }

    public String getSha256() {
        return sha256;
    }
}
