package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.BusinessException;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.util.List;
import java.util.UUID;

/**
 * {@code /admin/importar?conjunto=cobertura&region=NN}: an editor uploads a CSV or XLSX file, sees every row with
 * its errors and what importing would change, and confirms; the import is all or nothing. The file's bytes stay in
 * this view until the import or another file. Both steps report progress for large files (see
 * {@link ImportProgress}; the page polls it while the request runs). The file arrives as a servlet {@link Part}
 * of a plain {@code h:inputFile} (the Faces servlet is multipart); its size and type are checked in the browser
 * before it is sent and again here and in {@link TabularReader}.
 */
@Named
@ViewScoped
public class ImportBacking extends RegionDataBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ImportService imports;

    /** Ids of the upload form and its file input in {@code admin/importar/index.xhtml}. */
    private static final String FORM = "form";
    private static final String FILE_FIELD = "file";

    private String datasetSlug = Dataset.COVERAGE.slug();
    private transient Part file;
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

    /**
     * Reads and checks the uploaded file; nothing is saved. A file that cannot be read at all (empty, too large,
     * another type, not UTF-8...) gets its message next to the file field; bad rows are listed in the preview.
     */
    public void check() {
        result = null;
        preview = null;
        content = null;
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            fileError(new ImportFileException("admin_importar.no_file"));
            return;
        }
        try {
            if (file.getSize() > imports.limits().maxBytes()) {
                fileError(new ImportFileException("import.file.too_large", getMaxMegabytes()));
                return;
            }
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            }
            fileName = file.getSubmittedFileName();
        } catch (IOException e) {
            // The container could not give back the upload it stored (disk full, client gone).
            content = null;
            FacesErrors.global("admin_importar.upload_failed");
            return;
        } finally {
            deleteUpload();
        }
        try {
            preview = imports.preview(getDataset(), getRegion(), fileName, content, jobId);
            onlyErrors = !preview.valid();
            if (preview.valid()) {
                FacesErrors.info("admin_importar.checked_ok", preview.totalRows());
            } else {
                FacesErrors.global("admin_importar.checked_errors", preview.errorRows(), preview.totalRows());
            }
        } catch (ImportFileException e) {
            content = null;
            fileError(e);
        } catch (BusinessException e) {
            content = null;
            FacesErrors.global(e.getMessageKey(), e.getArguments());
        } finally {
            jobId = UUID.randomUUID().toString();
        }
    }

    /** Shows why the file cannot be imported next to the file field, which is marked invalid. */
    private static void fileError(ImportFileException e) {
        FacesErrors.show(FORM, ValidationException.of(FILE_FIELD, e.getMessageKey(), e.getArguments()));
    }

    /** The bytes are in this view now; the container's temporary copy can go. */
    private void deleteUpload() {
        try {
            file.delete();
        } catch (IOException e) {
            // The container removes it at the end of the request anyway.
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

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
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

    /** For the page's script, which refuses a file that is too large before it is sent. */
    public String getTooLargeMessage() {
        return Texts.get("import.file.too_large", getMaxMegabytes());
    }

    /** For the page's script, which refuses a file of another type before it is sent. */
    public String getTypeNotAllowedMessage() {
        return Texts.get("import.file.type_not_allowed");
    }

    public String getImportLabel() {
        return Texts.get("admin_importar.import", preview == null ? 0 : preview.totalRows());
    }

    public int getMaxRows() {
        return imports.limits().maxRows();
    }
}
