package cl.gob.mintrab.canalregional.coverage;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each running import check or import is, so the import page can show a progress bar while the request
 * that does the work is still running. In memory: the staff page that polls it is served by the same instance
 * (staff sessions are sticky). Jobs are forgotten an hour after their last update.
 */
@ApplicationScoped
public class ImportProgress {

    /** Where a job is. */
    public enum Phase { READING, CHECKING, WRITING, DONE, FAILED }

    /** A job's state, readable only by the user who started it. */
    public record State(String owner, Phase phase, int done, int total, Instant updated) {

        public int percent() {
            if (phase == Phase.DONE) {
                return 100;
            }
            return total <= 0 ? 0 : (int) Math.min(100, (100L * done) / total);
        }
    }

    private static final Duration KEEP = Duration.ofHours(1);

    private final Map<String, State> jobs = new ConcurrentHashMap<>();

    public void update(String jobId, String owner, Phase phase, int done, int total) {
        if (jobId == null) {
            return;
        }
        Instant now = Instant.now();
        jobs.put(jobId, new State(owner, phase, done, total, now));
        jobs.values().removeIf(s -> s.updated().isBefore(now.minus(KEEP)));
    }

    public Optional<State> find(String jobId, String owner) {
        return Optional.ofNullable(jobId == null ? null : jobs.get(jobId)).filter(s -> s.owner().equals(owner));
    }

    /** A validator progress listener for a job's phase. */
    ImportValidator.Progress listener(String jobId, String owner, Phase phase) {
        return (done, total) -> update(jobId, owner, phase, done, total);
    }
}
