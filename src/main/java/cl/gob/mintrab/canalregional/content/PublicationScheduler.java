package cl.gob.mintrab.canalregional.content;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server timer that executes scheduled publications and archivings every minute, whether or not anybody
 * visits the site, and once at start-up to catch up with what came due while the portal was down. The work
 * itself is in {@link PublicationScheduleRunner}, which makes concurrent runs on several instances safe.
 * The timer is not persistent: every instance has its own, and the database decides who does what.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicationScheduler {

    private static final Logger LOG = Logger.getLogger(PublicationScheduler.class.getName());

    @Inject
    PublicationScheduleRunner runner;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void catchUp() {
        run("audit.content.trigger_startup");
    }

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "Publicaciones programadas")
    void everyMinute() {
        run("audit.content.trigger_timer");
    }

    /** Runs batches until nothing is due; never two runs at once in this instance. */
    void run(String trigger) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int total = 0;
            int done;
            do {
                done = runner.runDue(trigger);
                total += done;
            } while (done == PublicationScheduleRunner.BATCH);
            if (total > 0) {
                int executed = total;
                LOG.info(() -> "Transiciones programadas ejecutadas (" + trigger + "): " + executed);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Fallo al ejecutar publicaciones programadas (" + trigger + ")", e);
        } finally {
            running.set(false);
        }
    }
}
