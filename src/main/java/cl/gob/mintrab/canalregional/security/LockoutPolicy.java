package cl.gob.mintrab.canalregional.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Account lockout: after {@value #MAX_FAILURES} failed logins in a row an account is locked for 15 minutes; the
 * counter starts again after the lock. Plain Java so the rule is tested with any clock.
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public static final int MAX_FAILURES = 5;
    public static final LockoutPolicy STANDARD = new LockoutPolicy(MAX_FAILURES, Duration.ofMinutes(15));

    /** The account's counters after a failed attempt. */
    public record State(int failedAttempts, Instant lockedUntil, boolean lockedNow) {
    }

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public State afterFailure(int failedAttempts, Instant now) {
        int attempts = failedAttempts + 1;
        if (attempts >= maxFailures) {
            return new State(0, now.plus(lockDuration), true);
        }
        return new State(attempts, null, false);
    }
}
