package cl.gob.mintrab.canalregional.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/**
 * The actor of the current call: the logged-in account (looked up once per request) or {@link Actor#SYSTEM}
 * when nobody is logged in (timers, start-up, anonymous readers).
 */
@ApplicationScoped
public class CurrentActor {

    @Inject
    SecurityContext securityContext;

    @Inject
    ActorDirectory directory;

    @Inject
    RequestCache requestCache;

    public Actor get() {
        Principal principal;
        try {
            principal = securityContext.getCallerPrincipal();
        } catch (RuntimeException noSecurityContext) {
            return Actor.SYSTEM;
        }
        if (principal == null) {
            return Actor.SYSTEM;
        }
        try {
            Actor cached = requestCache.get();
            if (cached != null && cached.username().equals(principal.getName())) {
                return cached;
            }
            Actor actor = lookup(principal.getName());
            requestCache.set(actor);
            return actor;
        } catch (ContextNotActiveException noRequest) {
            return lookup(principal.getName());
        }
    }

    private Actor lookup(String username) {
        return directory.findActor(username).orElse(Actor.SYSTEM);
    }

    /** Forgets the cached actor (after the current account's own roles or scopes change). */
    public void refresh() {
        try {
            requestCache.set(null);
        } catch (ContextNotActiveException ignored) {
            // nothing cached outside a request
        }
    }

    /** Per-request memo, so a page that calls several services resolves the account once. */
    @RequestScoped
    public static class RequestCache {
        private Actor actor;

        public Actor get() {
            return actor;
        }

        public void set(Actor actor) {
            this.actor = actor;
        }
    }
}
