package cl.gob.mintrab.canalregional.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An entry of the append-only audit log. The application only inserts entries (the database refuses updates and
 * deletes with triggers); every column is non-updatable.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_scope", updatable = false)
    private String actorScope;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "entity_type", updatable = false)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private String entityId;

    @Column(name = "region_code", updatable = false)
    private String regionCode;

    @Column(name = "summary", updatable = false)
    private String summary;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    @Column(name = "changes", updatable = false)
    private String changes;

    protected AuditEntry() {
        // JPA
    }

    AuditEntry(Instant occurredAt, String actor, String actorScope, AuditAction action, String entityType,
               String entityId, String regionCode, String summary, String clientAddress, String changes) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorScope = AuditText.truncate(actorScope, 255);
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.regionCode = regionCode;
        this.summary = AuditText.truncate(summary, 500);
        this.clientAddress = clientAddress;
        this.changes = changes;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorScope() {
        return actorScope;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getSummary() {
        return summary;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getChanges() {
        return changes;
    }
}
