package cl.gob.mintrab.canalregional.security;

import java.time.Instant;
import java.util.List;

/** Read model of an audit entry, with its changes parsed. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String actorScope, AuditAction action,
                             String entityType, String entityId, String regionCode, String summary,
                             String clientAddress, List<AuditChange> changes) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getActorScope(), e.getAction(),
                e.getEntityType(), e.getEntityId(), e.getRegionCode(), e.getSummary(), e.getClientAddress(),
                AuditText.fromJson(e.getChanges()));
    }
}
