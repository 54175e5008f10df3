package cl.gob.mintrab.canalregional.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Resolves a logged-in user name to the {@link Actor} the permission rules need. */
@Stateless
public class ActorDirectory {

    @PersistenceContext
    private EntityManager em;

    public Optional<Actor> findActor(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", Account.normalizeUsername(username))
                .getResultStream()
                .filter(Account::isActive)
                .findFirst()
                .map(Account::toActor);
    }
}
