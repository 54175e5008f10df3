package cl.gob.mintrab.canalregional.stats;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Flushes this instance's {@link VisitQueue} to the database every five seconds, in batches, and once more when
 * the application stops (graceful shutdown, see {@link VisitFlushOnShutdown}). A batch that cannot be written is
 * dropped and counted as overflow rather than retried forever: statistics must never hold the portal back.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitRecorder {

    private static final Logger LOG = Logger.getLogger(VisitRecorder.class.getName());

    @Inject
    VisitQueue queue;

    @Inject
    VisitStore store;

    @Inject
    @ConfigProperty(name = "canal.stats.batch-size", defaultValue = "5000")
    int batchSize;

    private final ReentrantLock flushing = new ReentrantLock();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "Estadísticas: escritura de visitas")
    void everyFiveSeconds() {
        flush();
    }

    @PreDestroy
    void atShutdown() {
        flush();
    }

    /** Writes everything queued so far; concurrent calls wait for each other. @return views written */
    public int flush() {
        flushing.lock();
        try {
            int written = 0;
            VisitQueue.Counters counters = queue.drainCounters();
            List<VisitEvent> batch = new ArrayList<>(Math.min(batchSize, queue.size() + 1));
            do {
                batch.clear();
                queue.drainTo(batch, batchSize);
                if (batch.isEmpty() && counters.isEmpty()) {
                    break;
                }
                try {
                    store.write(batch, counters);
                    written += batch.size();
                } catch (EJBException | IllegalStateException e) {
                    LOG.log(Level.WARNING, "Visitas no guardadas: " + batch.size(), e);
                    queue.restore(new VisitQueue.Counters(counters.overflow() + batch.size(), counters.prefetch(), counters.bots()));
                }
                counters = new VisitQueue.Counters(0, 0, java.util.Map.of());
            } while (batch.size() == batchSize);
            return written;
        } finally {
            flushing.unlock();
        }
    }
}
