package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.AccessRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Audits the refusals that happen outside the services' own checks (URL constraints, EJB role checks). */
@ApplicationScoped
public class AccessRefusalAuditor {

    @Inject
    AuditLog auditLog;

    @Inject
    ActorDirectory directory;

    void onRefusal(@Observes AccessRefused refusal) {
        Actor actor = refusal.username() == null ? Actor.SYSTEM
                : directory.findActor(refusal.username()).orElse(Actor.SYSTEM);
        auditLog.record(actor, AuditAction.ACCESS_DENIED, null, null, null,
                AuditText.truncate(refusal.detail() + ": " + refusal.path(), 500));
    }
}
