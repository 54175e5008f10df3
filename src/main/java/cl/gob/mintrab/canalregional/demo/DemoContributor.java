package cl.gob.mintrab.canalregional.demo;

/**
 * A feature's share of the demo content. Implementations are CDI beans (usually {@code @Stateless}); each runs
 * in its own transaction, once per database, in ascending {@link #order()}.
 */
public interface DemoContributor {

    /** Stable name recorded in {@code demo_load}; never change it once released. */
    String name();

    /** Position among contributors: features that depend on others' demo data run later. */
    int order();

    /** Whether the database already holds real content of this feature (then no demo content is loaded at all). */
    boolean hasContent();

    /** Writes this feature's demo content. Called inside a transaction. */
    void load();
}
