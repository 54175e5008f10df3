package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.Times;
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

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The statistics timers, on every instance (non-persistent, like {@code content.PublicationScheduler}); the
 * database makes concurrent runs safe: rollup batches claim their events, purging is idempotent, and the weekly
 * digest is claimed by its primary key. At start-up: a rollup, and this week's digest if it is due and missing.
 */
@Startup
@Singleton
// after the demo content, so a first digest is not made of an empty database
@DependsOn({"DatabaseMigrator", "DemoContentLoader"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatsJobs {

    private static final Logger LOG = Logger.getLogger(StatsJobs.class.getName());
    /** The digest is written on Mondays from 08:00 (Chile). */
    static final int DIGEST_HOUR = 8;

    @Inject
    RollupRunner runner;

    @Inject
    WeeklyDigest digest;

    private final AtomicBoolean rolling = new AtomicBoolean();

    @PostConstruct
    void atStartup() {
        rollUp();
        digestIfDue(Times.now());
    }

    @Schedule(second = "30", minute = "*", hour = "*", persistent = false, info = "Estadísticas: consolidación")
    void everyMinute() {
        rollUp();
    }

    @Schedule(second = "0", minute = "30", hour = "3", persistent = false, info = "Estadísticas: depuración")
    void nightly() {
        try {
            int deleted = runner.purge(Times.now());
            LOG.info(() -> "Estadísticas: eventos depurados " + deleted);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Fallo al depurar estadísticas", e);
        }
    }

    @Schedule(second = "0", minute = "5", hour = "*", dayOfWeek = "Mon", persistent = false, info = "Estadísticas: resumen semanal")
    void mondays() {
        digestIfDue(Times.now());
    }

    /** Rolls up until nothing waits; never two runs at once in this instance. @return events rolled up */
    public int rollUp() {
        if (!rolling.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int total = 0;
            int done;
            do {
                done = runner.rollUp();
                total += done;
            } while (done == RollupRunner.BATCH);
            return total;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Fallo al consolidar estadísticas", e);
            return 0;
        } finally {
            rolling.set(false);
        }
    }

    /** Writes this week's digest once Monday 08:00 has passed, unless it exists. */
    public boolean digestIfDue(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, Formats.ZONE);
        LocalDate monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (local.isBefore(monday.atTime(DIGEST_HOUR, 0))) {
            return false;
        }
        try {
            return digest.write(monday, now);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Fallo al escribir el resumen semanal", e);
            return false;
        }
    }
}
