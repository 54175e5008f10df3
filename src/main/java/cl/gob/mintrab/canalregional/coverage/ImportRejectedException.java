package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.BusinessException;

import java.io.Serial;

/** An import refused because rows have errors: nothing was saved (the transaction rolls back). */
public class ImportRejectedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super("import.file.has_errors", "Import refused: " + preview.errorRows() + " rows with errors", preview.errorRows());
        this.preview = preview;
    }

    public ImportPreview getPreview() {
        return preview;
    }
}
