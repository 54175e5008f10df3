package cl.gob.mintrab.canalregional.support;

import java.io.Serial;

/** The requested thing does not exist (or is not visible to the caller, so that nothing leaks): a 404. */
public class NotFoundException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object key) {
        super("error.not_found", what + " not found: " + key);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
