package cl.gob.mintrab.canalregional.coverage;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Programmes for integration tests, written directly as the system (the programme service's own tests exercise
 * its permissions): each test works on a programme of its own, so tests do not see each other's figures.
 * Deployed only with the test classes.
 */
@Stateless
public class CoverageTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @PersistenceContext
    private EntityManager em;

    /** A fresh programme code, unique within the test database. */
    public static String uniqueCode(String prefix) {
        return (prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet())
                .toUpperCase(java.util.Locale.ROOT);
    }

    public long programme(String code, int yearFrom) {
        Programme programme = new Programme(code);
        programme.apply(new ProgrammeData(code, "Programa de prueba " + code, "Subsecretaría del Trabajo",
                ProgrammeKind.DIRECT_EMPLOYMENT, null, yearFrom, null));
        em.persist(programme);
        em.flush();
        return programme.getId();
    }
}
