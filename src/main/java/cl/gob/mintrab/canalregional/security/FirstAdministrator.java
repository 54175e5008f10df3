package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.Times;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** The transaction in which {@link AccountBootstrap} creates the first administrator. */
@Stateless
public class FirstAdministrator {

    @PersistenceContext
    private EntityManager em;

    @Inject
    PasswordHasher hasher;

    /** @return whether the account was created (false when accounts already exist) */
    public boolean createIfNoAccounts(String username, String password) {
        if (em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult() > 0) {
            return false;
        }
        Account admin = new Account(username, "Administrador", hasher.hash(password), Times.now());
        admin.getRoles().add(Role.ADMIN);
        admin.setMustChangePassword(true);
        em.persist(admin);
        em.flush();
        return true;
    }
}
