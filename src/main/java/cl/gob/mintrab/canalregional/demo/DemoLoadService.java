package cl.gob.mintrab.canalregional.demo;

import cl.gob.mintrab.canalregional.support.Times;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * Runs one demo contributor in a transaction of its own. The {@code demo_load} row is inserted and flushed
 * first: a second instance doing the same at the same moment blocks on the primary key, then fails with a
 * duplicate key once the first commits, so each contributor's content is written exactly once.
 */
@Stateless
public class DemoLoadService {

    @PersistenceContext
    private EntityManager em;

    public List<String> findLoadedContributors() {
        return em.createQuery("SELECT d.contributor FROM DemoLoad d", String.class).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void load(DemoContributor contributor) {
        em.persist(new DemoLoad(contributor.name(), Times.now()));
        em.flush();
        contributor.load();
    }
}
