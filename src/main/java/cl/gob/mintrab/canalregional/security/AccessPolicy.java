package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where services enforce {@link Permissions}: every refusal is written to the audit log before it is thrown, so
 * a crafted request against another region's data leaves a trace.
 */
@ApplicationScoped
public class AccessPolicy {

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditLog auditLog;

    public Actor currentActor() {
        return currentActor.get();
    }

    public boolean allows(Action action, String regionCode) {
        return Permissions.allows(currentActor.get(), action, regionCode);
    }

    /**
     * @return the actor, for services that record who did what
     * @throws AccessDeniedException (403) when the rules refuse
     */
    public Actor require(Action action, String regionCode) {
        Actor actor = currentActor.get();
        if (!Permissions.allows(actor, action, regionCode)) {
            auditLog.record(AuditAction.ACCESS_DENIED, null, null, regionCode, action.name());
            throw new AccessDeniedException(action, regionCode);
        }
        return actor;
    }

    /** Same check, same audit entry, but answers "not found" (404) so that nothing about the data leaks. */
    public Actor requireOrHide(Action action, String regionCode, String entityType, Object entityId) {
        Actor actor = currentActor.get();
        if (!Permissions.allows(actor, action, regionCode)) {
            auditLog.record(AuditAction.ACCESS_DENIED, entityType, entityId, regionCode, action.name());
            throw new NotFoundException(entityType, entityId);
        }
        return actor;
    }

    /** Material restricted to a mesa: its members, its region's editors, central staff. */
    public Actor requireMesa(long mesaId, String mesaRegionCode) {
        Actor actor = currentActor.get();
        if (!Permissions.allowsMesa(actor, mesaId, mesaRegionCode)) {
            auditLog.record(AuditAction.ACCESS_DENIED, "Mesa", mesaId, mesaRegionCode, "READ_MESA_MATERIAL");
            throw new NotFoundException("Mesa", mesaId);
        }
        return actor;
    }
}
