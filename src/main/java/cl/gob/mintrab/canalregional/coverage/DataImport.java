package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.AffectsPublicPages;
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
 * One imported file. Its creation is the import's audit entry: who imported which file (name and SHA-256) into
 * which region, how many rows were created, changed or left as they were, and, in {@code overwritten}, the values
 * every changed row had before. The rows themselves are written in bulk, without an audit entry each.
 */
@AffectsPublicPages
@Entity
@Audited
@Table(name = "data_import")
public class DataImport implements RegionOwned {

    /** Supported file formats. */
    public enum Format { CSV, XLSX }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "dataset", nullable = false, updatable = false)
    private Dataset dataset;

    @Column(name = "region_code", nullable = false, updatable = false, length = 2)
    private String regionCode;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_format", nullable = false, updatable = false)
    private Format fileFormat;

    @Column(name = "file_sha256", nullable = false, updatable = false)
    private String fileSha256;

    @Column(name = "rows_total", nullable = false, updatable = false)
    private int rowsTotal;

    @Column(name = "rows_created", nullable = false, updatable = false)
    private int rowsCreated;

    @Column(name = "rows_updated", nullable = false, updatable = false)
    private int rowsUpdated;

    @Column(name = "rows_unchanged", nullable = false, updatable = false)
    private int rowsUnchanged;

    @Column(name = "overwritten", updatable = false)
    private String overwritten;

    @Column(name = "imported_by", nullable = false, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    protected DataImport() {
        // JPA
    }

    public DataImport(Dataset dataset, String regionCode, String fileName, Format fileFormat, String fileSha256,
                      ImportCounts counts, String overwritten, String importedBy, Instant importedAt) {
        this.dataset = dataset;
        this.regionCode = regionCode;
        this.fileName = fileName;
        this.fileFormat = fileFormat;
        this.fileSha256 = fileSha256;
        this.rowsTotal = counts.total();
        this.rowsCreated = counts.created();
        this.rowsUpdated = counts.updated();
        this.rowsUnchanged = counts.unchanged();
        this.overwritten = overwritten;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    public Long getId() {
        return id;
    }

    public ImportResult toResult() {
        return new ImportResult(id, dataset, regionCode, fileName, new ImportCounts(rowsTotal, rowsCreated, rowsUpdated,
                rowsUnchanged), importedBy, importedAt);
    }
}
