package cl.gob.mintrab.canalregional.support;

import java.io.Serial;

/**
 * Someone else saved the same data after the caller read it (optimistic locking). The page keeps what the user
 * typed and explains; nothing is overwritten.
 */
public class ConcurrentChangeException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what, Object key) {
        super("error.concurrent_change", "Concurrent change of " + what + " " + key);
    }
}
