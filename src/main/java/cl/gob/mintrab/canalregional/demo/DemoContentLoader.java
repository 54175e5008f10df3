package cl.gob.mintrab.canalregional.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, loads demo content when {@code canal.demo.data} is true and the database is a demo database:
 * either it holds no content at all (a new installation), or demo content was loaded before and a newer version
 * of the portal brings contributors that have not run yet. A database with real content is never touched.
 */
@Startup
@Singleton
// After the first administrator: demo accounts would otherwise make the database look "not empty" to it.
@DependsOn({"DatabaseMigrator", "AccountBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class.getName());

    @Inject
    @ConfigProperty(name = "canal.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    Instance<DemoContributor> contributors;

    @Inject
    DemoLoadService loadService;

    @PostConstruct
    void loadIfWanted() {
        if (!enabled) {
            return;
        }
        List<DemoContributor> ordered = contributors.stream()
                .sorted(Comparator.comparingInt(DemoContributor::order)).toList();
        Set<String> loaded = Set.copyOf(loadService.findLoadedContributors());
        if (loaded.isEmpty() && ordered.stream().anyMatch(DemoContributor::hasContent)) {
            LOG.info("CANAL_DEMO_DATA=true, pero la base de datos ya tiene contenido: no se cargan datos de demostración.");
            return;
        }
        for (DemoContributor contributor : ordered) {
            if (loaded.contains(contributor.name())) {
                continue;
            }
            long started = System.nanoTime();
            try {
                loadService.load(contributor);
                LOG.info(() -> String.format("Contenido de demostración '%s' cargado en %d ms", contributor.name(),
                        (System.nanoTime() - started) / 1_000_000));
            } catch (EJBException e) {
                // Most likely another instance loaded it at the same moment (duplicate key); the content is there.
                LOG.log(Level.WARNING, "Contenido de demostración '" + contributor.name()
                        + "' no cargado por esta instancia (¿otra instancia lo cargó?)", e);
            }
        }
    }
}
