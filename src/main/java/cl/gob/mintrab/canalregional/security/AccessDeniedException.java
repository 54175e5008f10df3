package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.BusinessException;

import java.io.Serial;

/** The caller may not do this (here): a 403. Always audited before it is thrown. */
public class AccessDeniedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(Action action, String regionCode) {
        super("error.access_denied", "Access denied: " + action + (regionCode != null ? " in region " + regionCode : ""));
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
