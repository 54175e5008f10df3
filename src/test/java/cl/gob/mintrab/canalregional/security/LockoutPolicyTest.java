package cl.gob.mintrab.canalregional.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockoutPolicyTest {

    private final LockoutPolicy policy = LockoutPolicy.STANDARD;
    private final Instant now = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void fourFailuresDoNotLockTheFifthDoesForFifteenMinutes() {
        int attempts = 0;
        for (int i = 1; i <= 4; i++) {
            LockoutPolicy.State state = policy.afterFailure(attempts, now);
            assertFalse(state.lockedNow());
            assertNull(state.lockedUntil());
            assertEquals(i, state.failedAttempts());
            attempts = state.failedAttempts();
        }
        LockoutPolicy.State fifth = policy.afterFailure(attempts, now);
        assertTrue(fifth.lockedNow());
        assertEquals(now.plus(Duration.ofMinutes(15)), fifth.lockedUntil());
        assertEquals(0, fifth.failedAttempts(), "the count starts again after the lock");
    }

    @Test
    void theLockEndsAfterItsDuration() {
        Instant until = now.plus(Duration.ofMinutes(15));
        assertTrue(policy.isLocked(until, now));
        assertTrue(policy.isLocked(until, now.plus(Duration.ofMinutes(14).plusSeconds(59))));
        assertFalse(policy.isLocked(until, until));
        assertFalse(policy.isLocked(null, now));
    }
}
