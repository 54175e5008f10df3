package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The visitor hash: truncated addresses, and keys that rotate with each period. */
class VisitorKeysTest {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    @Test
    void addressesAreTruncatedBeforeHashing() {
        assertEquals("200.27.14.0", VisitorHasher.truncate("200.27.14.183"));
        assertEquals("2800:150:1:0:0:0:0:0", VisitorHasher.truncate("2800:150:1:3c0a:d1e:9f2:8b11:4"));
        assertEquals("", VisitorHasher.truncate("not-an-address.example"));
        assertEquals("", VisitorHasher.truncate(null));
        assertEquals("", VisitorHasher.truncate("190.100.1200.5"), "not an address, and never looked up");
        assertEquals("", VisitorHasher.truncate("256.1.1.1"));
        assertEquals("", VisitorHasher.truncate("200.27.14.256"));
        assertEquals("", VisitorHasher.truncate("200.27.14"));
        assertEquals("", VisitorHasher.truncate("200.27.14.1."));
        assertEquals("", VisitorHasher.truncate("200..14.1"));
        assertEquals("10.0.0.0", VisitorHasher.truncate(" 10.0.0.255 "));
        assertEquals("0:0:0:0:0:0:0:0", VisitorHasher.truncate("::1"));
        // two hosts of the same /24 with the same browser are the same visitor
        assertArrayEquals(VisitorHasher.fingerprint("200.27.14.183", BROWSER), VisitorHasher.fingerprint("200.27.14.9", BROWSER));
        assertFalse(Arrays.equals(VisitorHasher.fingerprint("200.27.14.183", BROWSER), VisitorHasher.fingerprint("200.27.15.183", BROWSER)));
    }

    @Test
    void agentsAreToldApartWhetherTheirDigestIsRememberedOrNot() {
        String firefox = BROWSER;
        String chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
        String longAgent = BROWSER + " ".repeat(400) + "extra"; // too long to be remembered
        byte[] first = VisitorHasher.fingerprint("200.27.14.183", firefox);
        assertArrayEquals(first, VisitorHasher.fingerprint("200.27.14.183", new String(firefox.toCharArray())),
                "the remembered digest gives the same fingerprint as the first computation");
        assertFalse(Arrays.equals(first, VisitorHasher.fingerprint("200.27.14.183", chrome)));
        assertArrayEquals(VisitorHasher.fingerprint("200.27.14.1", longAgent), VisitorHasher.fingerprint("200.27.14.2", longAgent));
        assertFalse(Arrays.equals(VisitorHasher.fingerprint("200.27.14.1", longAgent), VisitorHasher.fingerprint("200.27.14.1", BROWSER + " ".repeat(400))));
        assertFalse(Arrays.equals(VisitorHasher.fingerprint("200.27.14.1", null), VisitorHasher.fingerprint("200.27.15.1", null)),
                "without an agent the address still tells visitors apart");
    }

    @Test
    void aQueuedVisitorIsTheSameVisitorForTheWholeSubnetAndAgentAndHashesToTheSameFingerprint() {
        VisitorKey first = VisitorHasher.visitor("200.27.14.183", BROWSER);
        VisitorKey sameSubnet = VisitorHasher.visitor("200.27.14.9", new String(BROWSER.toCharArray()));
        assertEquals(first, sameSubnet);
        assertEquals(first.hashCode(), sameSubnet.hashCode());
        assertNotEquals(first, VisitorHasher.visitor("200.27.15.183", BROWSER), "another /24");
        assertNotEquals(first, VisitorHasher.visitor("200.27.14.183", BROWSER + " Edg/131"), "another agent");
        String longAgent = BROWSER + " ".repeat(400) + "extra"; // its digest is computed each time, not remembered
        assertEquals(VisitorHasher.visitor("200.27.14.1", longAgent), VisitorHasher.visitor("200.27.14.2", longAgent));
        assertArrayEquals(VisitorHasher.fingerprint("200.27.14.50", BROWSER), first.fingerprint(),
                "hashing at the flush gives the fingerprint of the request");
        assertFalse(first.toString().contains("200.27"), "nothing about the visitor in a log line");
    }

    @Test
    void theFingerprintDoesNotContainTheAddress() {
        byte[] fingerprint = VisitorHasher.fingerprint("200.27.14.183", BROWSER);
        assertEquals(32, fingerprint.length);
        assertFalse(new String(fingerprint, StandardCharsets.ISO_8859_1).contains("200.27"));
    }

    @Test
    void theSameVisitorGetsADifferentNumberInEachPeriod() {
        byte[] fingerprint = VisitorHasher.fingerprint("200.27.14.183", BROWSER);
        byte[] monday = key(1);
        byte[] tuesday = key(2);
        assertEquals(VisitorHasher.keyed(monday, fingerprint), VisitorHasher.keyed(monday, fingerprint));
        assertNotEquals(VisitorHasher.keyed(monday, fingerprint), VisitorHasher.keyed(tuesday, fingerprint));
    }

    @Test
    void eachPeriodTypeAsksForTheKeyOfItsOwnPeriod() {
        java.util.List<VisitorSketches.PeriodKey> asked = new java.util.ArrayList<>();
        VisitorSketches sketches = new VisitorSketches(period -> {
            asked.add(period);
            return key(asked.size());
        });
        byte[] fingerprint = VisitorHasher.fingerprint("10.0.0.1", BROWSER);
        sketches.add(fingerprint, LocalDate.of(2026, 11, 24), "16");    // a Tuesday
        sketches.add(fingerprint, LocalDate.of(2026, 11, 25), "16");    // same week, month and year: one new key
        sketches.add(fingerprint, LocalDate.of(2026, 12, 1), "16");     // new day, week and month
        sketches.add(fingerprint, LocalDate.of(2027, 1, 1), "16");      // a Friday: new day, week, month and year
        assertEquals(java.util.List.of(
                new VisitorSketches.PeriodKey(PeriodType.DAY, LocalDate.of(2026, 11, 24)),
                new VisitorSketches.PeriodKey(PeriodType.WEEK, LocalDate.of(2026, 11, 23)),
                new VisitorSketches.PeriodKey(PeriodType.MONTH, LocalDate.of(2026, 11, 1)),
                new VisitorSketches.PeriodKey(PeriodType.YEAR, LocalDate.of(2026, 1, 1)),
                new VisitorSketches.PeriodKey(PeriodType.DAY, LocalDate.of(2026, 11, 25)),
                new VisitorSketches.PeriodKey(PeriodType.DAY, LocalDate.of(2026, 12, 1)),
                new VisitorSketches.PeriodKey(PeriodType.WEEK, LocalDate.of(2026, 11, 30)),
                new VisitorSketches.PeriodKey(PeriodType.MONTH, LocalDate.of(2026, 12, 1)),
                new VisitorSketches.PeriodKey(PeriodType.DAY, LocalDate.of(2027, 1, 1)),
                new VisitorSketches.PeriodKey(PeriodType.WEEK, LocalDate.of(2026, 12, 28)),
                new VisitorSketches.PeriodKey(PeriodType.MONTH, LocalDate.of(2027, 1, 1)),
                new VisitorSketches.PeriodKey(PeriodType.YEAR, LocalDate.of(2027, 1, 1))), asked);
    }

    static byte[] key(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return key;
    }
}
