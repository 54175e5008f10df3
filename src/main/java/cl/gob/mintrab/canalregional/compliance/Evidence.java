package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Audited;
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

import java.time.Instant;

/** A "medio de verificación" of a reported compliance: a link, a file, or an item of the portal itself. */
@Entity
@Audited
@Table(name = "gt_evidence")
public class Evidence implements RegionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "activity_report_id", nullable = false)
    private long activityReportId;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private EvidenceKind kind;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "url")
    private String url;

    @Column(name = "section")
    private String section;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "sha256")
    private String sha256;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Evidence() {
        // JPA
    }

    public Evidence(long activityReportId, String regionCode, EvidenceKind kind, String title, String addedBy) {
        this.activityReportId = activityReportId;
        this.regionCode = regionCode;
        this.kind = kind;
        this.title = title;
        this.addedBy = addedBy;
        this.addedAt = Times.now();
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    public void link(String url, String section) {
        this.url = url;
        this.section = section;
    }

    public void file(String fileName, String contentType, long size, String storageKey, String sha256) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.fileSize = size;
        this.storageKey = storageKey;
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public long getActivityReportId() {
        return activityReportId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getSection() {
        return section;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getFileSize() {
        return fileSize;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getSha256() {
        return sha256;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
