package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.security.RegionOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An uploaded file (document or image), immutable once stored. The bytes live under {@code CANAL_DATA_DIR/files}
 * (outside the web root); revisions of publications refer to attachments, so an old revision keeps its files.
 */
@Entity
@Audited
@Table(name = "attachment")
public class Attachment implements RegionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false)
    private FileFormat format;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_path", nullable = false)
    private String storagePath;

    @Column(name = "width")
    private Integer width;

    @Column(name = "height")
    private Integer height;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
        // JPA
    }

    Attachment(String regionCode, String fileName, FileFormat format, long sizeBytes, String sha256, String storagePath,
               Integer width, Integer height, String createdBy, Instant createdAt) {
        this.regionCode = regionCode;
        this.fileName = fileName;
        this.format = format;
        this.contentType = format.getContentType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storagePath = storagePath;
        this.width = width;
        this.height = height;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    public AttachmentView toView() {
        return new AttachmentView(id, fileName, format, sizeBytes, width, height);
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public FileFormat getFormat() {
        return format;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStoragePath() {
        return storagePath;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }
}
