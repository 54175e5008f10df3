package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrivacySignalsTest {

    @Test
    void doNotTrackAndGlobalPrivacyControlOptOut() {
        assertTrue(PrivacySignals.optedOut("1", null));
        assertTrue(PrivacySignals.optedOut(" 1 ", null));
        assertTrue(PrivacySignals.optedOut(null, "1"));
        assertTrue(PrivacySignals.optedOut("0", "1"));
    }

    @Test
    void absentOrZeroSignalsDoNotOptOut() {
        assertFalse(PrivacySignals.optedOut(null, null));
        assertFalse(PrivacySignals.optedOut("0", null));
        assertFalse(PrivacySignals.optedOut("unspecified", "0"));
        assertFalse(PrivacySignals.optedOut("", ""));
    }

    @Test
    void prefetchAndPrerenderAreRecognised() {
        assertTrue(PrivacySignals.isPrefetch("prefetch", null, null, null));
        assertTrue(PrivacySignals.isPrefetch("prefetch;prerender", null, null, null));
        assertTrue(PrivacySignals.isPrefetch(null, "prefetch", null, null));
        assertTrue(PrivacySignals.isPrefetch(null, null, "preview", null));
        assertTrue(PrivacySignals.isPrefetch(null, null, null, "prefetch"));
        assertFalse(PrivacySignals.isPrefetch(null, null, null, null));
        assertFalse(PrivacySignals.isPrefetch("", "", "", ""));
    }
}
