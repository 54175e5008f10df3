package cl.gob.mintrab.canalregional.api;

import cl.gob.mintrab.canalregional.support.BusinessException;

import java.io.Serial;

/** A download or API request with a filter value that makes no sense (unknown region, malformed month ...): 400. */
public class BadFilterException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public BadFilterException(String messageKey, Object... arguments) {
        super(messageKey, "Bad filter: " + messageKey, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
