package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.BusinessException;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serial;
import java.util.List;
import java.util.UUID;

/**
 * {@code /admin/importar?conjunto=cobertura&region=NN}: an editor uploads a CSV or XLSX file, sees every row with
 * its errors and what importing would change, and confirms; the import is all or nothing. The file's bytes stay in
 * this view until the import or another file. Both steps report progress for large files (see
 * {@link ImportProgress}; the page polls it while the request runs).
 */
@Named
@ViewScoped
public class ImportBacking extends RegionDataBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ImportService imports;

    private String datasetSlug = Dataset.COVERAGE.slug();
    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private ImportPreview preview;
    private boolean onlyErrors;
    private ImportResult result;
    private List<ImportResult> recent;
    private String jobId = UUID.randomUUID().toString();

    public void load() {
        loadRegions();
        if (Dataset.fromSlug(datasetSlug).isEmpty()) {
            datasetSlug = Dataset.COVERAGE.slug();
        }
        refresh();
    }

    /** Another region or dataset: start over. */
    public void refresh() {
        preview = null;
        content = null;
        fileName = null;
        result = null;
        if (getRegion() != null) {
            recent = imports.findRecent(getRegion(), 10);
        }
    }

    /** Reads and checks the uploaded file; nothing is saved. */
    public void check() {
        result = null;
        preview = null;
        if (file == null || file.getSize() == 0) {
            FacesErrors.global("import.file.empty");
            return;
        }
        if (file.getSize() > imports.limits().maxBytes()) {
            FacesErrors.global("import.file.too_large", imports.limits().maxBytes() / (1024 * 1024));
            return;
        }
        content = file.getContent();
        fileName = file.getFileName();
        try {
            preview = imports.preview(getDataset(), getRegion(), fileName, content, jobId);
            onlyErrors = !preview.valid();
            if (preview.valid()) {
                FacesErrors.info("admin_importar.checked_ok", preview.totalRows());
            } else {
                FacesErrors.global("admin_importar.checked_errors", preview.errorRows(), preview.totalRows());
            }
        } catch (BusinessException e) {
            content = null;
            FacesErrors.global(e.getMessageKey(), e.getArguments());
        } finally {
            jobId = UUID.randomUUID().toString();
        }
    }

    /** Imports the checked file, all rows or none. */
    public void importFile() {
        if (content == null || preview == null || !preview.valid()) {
            FacesErrors.global("admin_importar.check_first");
            return;
        }
        try {
            result = imports.importFile(getDataset(), getRegion(), fileName, content, jobId);
            preview = null;
            content = null;
            recent = imports.findRecent(getRegion(), 10);
            FacesErrors.info("admin_importar.imported", result.counts().total(), result.counts().created(),
                    result.counts().updated(), result.counts().unchanged());
        } catch (ImportRejectedException e) {
            preview = e.getPreview();
            onlyErrors = true;
            FacesErrors.global(e.getMessageKey(), e.getArguments());
        } catch (BusinessException e) {
            FacesErrors.global(e.getMessageKey(), e.getArguments());
        } finally {
            jobId = UUID.randomUUID().toString();
        }
    }

    public void cancel() {
        refresh();
    }

    public Dataset getDataset() {
        return Dataset.fromSlug(datasetSlug).orElse(Dataset.COVERAGE);
    }

    public Dataset[] getDatasets() {
        return Dataset.values();
    }

    public List<ImportPreview.Row> getPreviewRows() {
        if (preview == null) {
            return List.of();
        }
        return onlyErrors ? preview.errorRowList() : preview.rows();
    }

    public List<ImportSchema.Column> getTemplateColumns() {
        return ImportTemplates.schema(getDataset()).columns();
    }

    public String getDatasetSlug() {
        return datasetSlug;
    }

    public void setDatasetSlug(String datasetSlug) {
        this.datasetSlug = datasetSlug;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public boolean isOnlyErrors() {
        return onlyErrors;
    }

    public void setOnlyErrors(boolean onlyErrors) {
        this.onlyErrors = onlyErrors;
    }

    public ImportResult getResult() {
        return result;
    }

    public List<ImportResult> getRecent() {
        return recent;
    }

    public String getJobId() {
        return jobId;
    }

    public long getMaxBytes() {
        return imports.limits().maxBytes();
    }

    public long getMaxMegabytes() {
        return imports.limits().maxBytes() / (1024 * 1024);
    }

    public String getTooLargeMessage() {
        return cl.gob.mintrab.canalregional.support.Texts.get("import.file.too_large", getMaxMegabytes());
    }

    public String getImportLabel() {
        return cl.gob.mintrab.canalregional.support.Texts.get("admin_importar.import", preview == null ? 0 : preview.totalRows());
    }

    public int getMaxRows() {
        return imports.limits().maxRows();
    }
}
