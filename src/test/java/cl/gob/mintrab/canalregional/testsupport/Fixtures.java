package cl.gob.mintrab.canalregional.testsupport;

import cl.gob.mintrab.canalregional.security.Account;
import cl.gob.mintrab.canalregional.security.PasswordHasher;
import cl.gob.mintrab.canalregional.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data written directly, as the system: accounts with a known password, without going through the
 * administration service (whose own tests exercise it). Deployed only with the test classes.
 */
@Stateless
public class Fixtures {

    public static final String PASSWORD = "Prueba-de-integracion-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @PersistenceContext
    private EntityManager em;

    @Inject
    PasswordHasher hasher;

    /** A fresh user name, unique within the test database. */
    public static String uniqueUsername(String prefix) {
        return (prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet())
                .toLowerCase();
    }

    public long account(String username, Collection<Role> roles, Collection<String> regions, Collection<Long> mesas) {
        Account account = new Account(username, "Persona " + username, hasher.hash(PASSWORD), cl.gob.mintrab.canalregional.support.Times.now());
        account.getRoles().addAll(roles);
        account.getRegionCodes().addAll(regions);
        account.getMesaIds().addAll(mesas);
        em.persist(account);
        em.flush();
        return account.getId();
    }
}
