package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.BusinessException;

import java.io.Serial;

/**
 * A file that cannot be imported at all (empty, too large, not UTF-8, not a spreadsheet, missing columns), as
 * opposed to a file with bad rows, whose errors are shown row by row.
 */
public class ImportFileException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ImportFileException(String messageKey, Object... arguments) {
        super(messageKey, "Import file refused: " + messageKey, arguments);
    }
}
