package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.Times;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.CollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectCollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.Vector;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The one mechanism that audits data changes: attached by {@link AuditSessionCustomizer} to every entity marked
 * {@link Audited}, it writes an audit entry for each insert, update and delete, in the same transaction and on
 * the same connection as the change itself (so a rolled-back change leaves no entry, and a committed change
 * always has one). Changed fields come from EclipseLink's change set, with old and new values.
 */
public class AuditListener extends DescriptorEventAdapter {

    private static final Logger LOG = Logger.getLogger(AuditListener.class.getName());
    private static final String INSERT_SQL = "INSERT INTO audit_entry (occurred_at, actor, actor_scope, action, "
            + "entity_type, entity_id, region_code, summary, changes) VALUES "
            + "(#occurred_at, #actor, #actor_scope, #action, #entity_type, #entity_id, #region_code, #summary, #changes)";

    private final List<WeakReference<ObjectChangeSet>> auditedChangeSets = new ArrayList<>();

    /** Per entity class: fields excluded and fields masked. */
    private final Map<Class<?>, FieldRules> rules = new ConcurrentHashMap<>();

    private record FieldRules(Set<String> excluded, Set<String> secret) {
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        write(event, AuditAction.CREATE, initialValues(event));
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        ObjectChangeSet changeSet = event.getChangeSet();
        if (changeSet == null && event.getQuery() instanceof WriteObjectQuery write) {
            changeSet = write.getObjectChangeSet();
        }
        if (changeSet == null) {
            LOG.warning(() -> "No change set for an update of " + event.getSource().getClass().getSimpleName());
            return;
        }
        if (!firstUpdateEvent(changeSet)) {
            return;
        }
        List<AuditChange> changes = changes(event.getSource().getClass(), changeSet);
        if (!changes.isEmpty()) {
            write(event, AuditAction.UPDATE, changes);
        }
    }

    /**
     * EclipseLink fires postUpdate a second time, with the same change set, when an element collection changed
     * along with the row; each change set is audited once. Change sets are held weakly and compared by identity.
     */
    private boolean firstUpdateEvent(ObjectChangeSet changeSet) {
        synchronized (auditedChangeSets) {
            auditedChangeSets.removeIf(ref -> ref.get() == null);
            for (WeakReference<ObjectChangeSet> ref : auditedChangeSets) {
                if (ref.get() == changeSet) {
                    return false;
                }
            }
            auditedChangeSets.add(new WeakReference<>(changeSet));
            return true;
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        write(event, AuditAction.DELETE, List.of());
    }

    private void write(DescriptorEvent event, AuditAction defaultAction, List<AuditChange> changes) {
        Object entity = event.getSource();
        AuditNote.Note note = note(entity);
        AuditAction action = note != null ? note.action() : defaultAction;
        Actor actor = currentActor();
        Object id = event.getSession().getId(entity);
        String region = entity instanceof RegionOwned owned ? owned.ownerRegionCode() : null;

        DataModifyQuery query = new DataModifyQuery();
        query.setSQLString(INSERT_SQL);
        List<String> names = List.of("occurred_at", "actor", "actor_scope", "action", "entity_type", "entity_id",
                "region_code", "summary", "changes");
        names.forEach(query::addArgument);
        Vector<Object> values = new Vector<>(Arrays.asList(
                LocalDateTime.ofInstant(Times.now(), ZoneOffset.UTC),
                actor.username(),
                actor.describeScope(),
                action.name(),
                entity.getClass().getSimpleName(),
                String.valueOf(id),
                region,
                note != null ? AuditText.truncate(note.summary(), 500) : null,
                AuditText.toJson(changes)));
        event.getSession().executeQuery(query, values);
    }

    private List<AuditChange> changes(Class<?> type, ObjectChangeSet changeSet) {
        FieldRules fieldRules = rules.computeIfAbsent(type, AuditListener::fieldRules);
        List<AuditChange> changes = new ArrayList<>();
        for (ChangeRecord record : changeSet.getChanges()) {
            String field = record.getAttribute();
            if (fieldRules.excluded().contains(field)) {
                continue;
            }
            String oldValue;
            String newValue;
            if (record instanceof DirectToFieldChangeRecord direct) {
                oldValue = AuditText.valueOf(direct.getOldValue());
                newValue = AuditText.valueOf(direct.getNewValue());
            } else if (record instanceof DirectCollectionChangeRecord collection) {
                Collection<?> removed = collection.getRemoveObjectList();
                Collection<?> added = collection.getAddObjectList();
                oldValue = removed == null || removed.isEmpty() ? null : "−" + AuditText.valueOf(removed);
                newValue = added == null || added.isEmpty() ? null : "+" + AuditText.valueOf(added);
            } else if (record instanceof ObjectReferenceChangeRecord reference) {
                oldValue = idOf(reference.getOldValue());
                newValue = idOf(reference.getNewValue());
            } else if (record instanceof CollectionChangeRecord collection) {
                oldValue = ids(collection.getRemoveObjectList().keySet());
                newValue = ids(collection.getAddObjectList().keySet());
            } else {
                oldValue = null;
                newValue = "(modificado)";
            }
            if (Objects.equals(oldValue, newValue)) {
                continue;
            }
            if (fieldRules.secret().contains(field)) {
                // The change itself is recorded, never the value.
                oldValue = oldValue == null ? null : AuditChange.MASKED;
                newValue = newValue == null ? null : AuditChange.MASKED;
            }
            changes.add(new AuditChange(field, oldValue, newValue));
        }
        changes.sort(Comparator.comparing(AuditChange::field));
        return changes;
    }

    /** A new entity has no change records: its audited fields as written, read through the mappings. */
    private List<AuditChange> initialValues(DescriptorEvent event) {
        Object entity = event.getSource();
        FieldRules fieldRules = rules.computeIfAbsent(entity.getClass(), AuditListener::fieldRules);
        List<AuditChange> changes = new ArrayList<>();
        for (DatabaseMapping mapping : event.getDescriptor().getMappings()) {
            String field = mapping.getAttributeName();
            if (fieldRules.excluded().contains(field) || mapping.isPrimaryKeyMapping()) {
                continue;
            }
            Object value = mapping.getAttributeValueFromObject(entity);
            String text;
            if (mapping.isForeignReferenceMapping() && !mapping.isDirectCollectionMapping()) {
                Object target = value instanceof org.eclipse.persistence.indirection.ValueHolderInterface<?> holder
                        ? holder.getValue() : value;
                text = target == null ? null : String.valueOf(event.getSession().getId(target));
            } else {
                text = AuditText.valueOf(value);
            }
            if (text == null || text.isEmpty()) {
                continue;
            }
            changes.add(new AuditChange(field, null, fieldRules.secret().contains(field) ? AuditChange.MASKED : text));
        }
        changes.sort(Comparator.comparing(AuditChange::field));
        return changes;
    }

    private static String idOf(Object value) {
        if (value instanceof ObjectChangeSet target) {
            return String.valueOf(target.getId());
        }
        return AuditText.valueOf(value);
    }

    private static String ids(Collection<?> changeSets) {
        if (changeSets == null || changeSets.isEmpty()) {
            return null;
        }
        return String.join(", ", new TreeSet<>(changeSets.stream().map(AuditListener::idOf).toList()));
    }

    private static FieldRules fieldRules(Class<?> type) {
        Set<String> excluded = new TreeSet<>();
        Set<String> secret = new TreeSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(NotAudited.class) || f.isAnnotationPresent(jakarta.persistence.Version.class)) {
                    excluded.add(f.getName());
                }
                if (f.isAnnotationPresent(AuditSecret.class)) {
                    secret.add(f.getName());
                }
            }
        }
        return new FieldRules(excluded, secret);
    }

    private static Actor currentActor() {
        try {
            return CDI.current().select(CurrentActor.class).get().get();
        } catch (RuntimeException e) {
            LOG.fine(() -> "No CDI actor for an audited change: " + e);
            return Actor.SYSTEM;
        }
    }

    private static AuditNote.Note note(Object entity) {
        try {
            return CDI.current().select(AuditNote.class).get().find(entity);
        } catch (ContextNotActiveException | IllegalStateException noTransactionContext) {
            return null;
        }
    }
}
