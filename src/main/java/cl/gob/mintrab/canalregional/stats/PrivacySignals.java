package cl.gob.mintrab.canalregional.stats;

import java.util.Locale;

/**
 * The request headers that change what is recorded. Do-Not-Track ({@code DNT: 1}) and Global Privacy Control
 * ({@code Sec-GPC: 1}): the view is counted, the visitor is not (no fingerprint, no unique-visitor sketch).
 * Prefetch and prerender requests (the browser guessing, not a person reading) are not counted at all.
 */
public final class PrivacySignals {

    private PrivacySignals() {
    }

    /** Whether the visitor asked not to be tracked. */
    public static boolean optedOut(String dnt, String secGpc) {
        return "1".equals(trim(dnt)) || "1".equals(trim(secGpc));
    }

    /**
     * @param secPurpose {@code Sec-Purpose} (Chromium: "prefetch", "prefetch;prerender")
     * @param purpose    {@code Purpose} (older Chromium, Safari: "prefetch")
     * @param xPurpose   {@code X-Purpose} ("preview" from Safari's top sites)
     * @param xMoz       {@code X-Moz} (Firefox: "prefetch")
     */
    public static boolean isPrefetch(String secPurpose, String purpose, String xPurpose, String xMoz) {
        return mentions(secPurpose, "prefetch") || mentions(secPurpose, "prerender") || mentions(purpose, "prefetch")
                || mentions(xPurpose, "preview") || mentions(xPurpose, "prefetch") || mentions(xMoz, "prefetch");
    }

    private static boolean mentions(String header, String word) {
        return header != null && header.toLowerCase(Locale.ROOT).contains(word);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
