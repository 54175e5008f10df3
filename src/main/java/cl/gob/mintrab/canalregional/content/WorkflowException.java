package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.support.BusinessException;

import java.io.Serial;

/** A workflow step that is not possible now (e.g. approving one's own submission); the message key says why. */
public class WorkflowException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public WorkflowException(String messageKey) {
        super(messageKey, "Workflow refused: " + messageKey);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
