package cl.gob.mintrab.canalregional.security;

import jakarta.transaction.TransactionScoped;

import java.io.Serial;
import java.io.Serializable;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Lets a service say why an entity changes in the current transaction, e.g. a workflow transition with its
 * comment: the audit entry of that change then carries this action and summary instead of a plain UPDATE.
 */
@TransactionScoped
public class AuditNote implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What a service declared about one entity. */
    public record Note(AuditAction action, String summary) implements Serializable {
    }

    private final transient Map<Object, Note> notes = new IdentityHashMap<>();

    public void describe(Object entity, AuditAction action, String summary) {
        notes.put(entity, new Note(action, summary));
    }

    public Note find(Object entity) {
        return notes.get(entity);
    }
}
