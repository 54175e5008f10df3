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

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A finding of the re-check of imported figures (unit, activity, reported, computed), kept with the programme
 * until central staff review it with a note. Flags never block the import.
 */
@Entity
@Audited
@Table(name = "gt_flag")
public class RecheckFlag implements RegionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private FlagKind kind;

    @Column(name = "activity_number")
    private Integer activityNumber;

    @Column(name = "reported", precision = 6, scale = 2)
    private BigDecimal reported;

    @Column(name = "computed", precision = 6, scale = 2)
    private BigDecimal computed;

    @Column(name = "detail")
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private FlagStatus status = FlagStatus.ABIERTO;

    @Column(name = "resolution")
    private String resolution;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected RecheckFlag() {
        // JPA
    }

    public RecheckFlag(long programId, String regionCode, FlagKind kind, Integer activityNumber, BigDecimal reported,
                       BigDecimal computed, String detail) {
        this.programId = programId;
        this.regionCode = regionCode;
        this.kind = kind;
        this.activityNumber = activityNumber;
        this.reported = ActivityReport.scaled(reported);
        this.computed = ActivityReport.scaled(computed);
        this.detail = detail;
        this.createdAt = Times.now();
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    public void review(String username, String note) {
        status = FlagStatus.REVISADO;
        resolution = note;
        resolvedBy = username;
        resolvedAt = Times.now();
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

    public FlagKind getKind() {
        return kind;
    }

    public Integer getActivityNumber() {
        return activityNumber;
    }

    public BigDecimal getReported() {
        return reported;
    }

    public BigDecimal getComputed() {
        return computed;
    }

    public String getDetail() {
        return detail;
    }

    public FlagStatus getStatus() {
        return status;
    }

    public String getResolution() {
        return resolution;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public int getVersion() {
        return version;
    }
}
