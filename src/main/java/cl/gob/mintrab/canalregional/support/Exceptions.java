package cl.gob.mintrab.canalregional.support;

import java.util.Optional;

/** Finding the exception that matters inside the wrappers EJB, EL and Faces put around it. */
public final class Exceptions {

    private Exceptions() {
    }

    public static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
