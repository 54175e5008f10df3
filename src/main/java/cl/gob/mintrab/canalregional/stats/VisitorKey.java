package cl.gob.mintrab.canalregional.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A visitor who did not opt out, as a recorded view holds it in memory until the next flush: the SHA-256 of the
 * User-Agent and the truncated address ({@link VisitorHasher#truncate}: the /24 or /48, never the whole address).
 * The flush turns it into its {@link #fingerprint()} and that into one keyed hash per period; neither this nor the
 * fingerprint is ever written or logged. Hashing at the flush rather than on the request thread means one hash per
 * visitor and day in each few-second window instead of one per view.
 */
public final class VisitorKey {

    private final byte[] agentDigest;
    private final String truncatedAddress;
    private final int hash;

    VisitorKey(byte[] agentDigest, String truncatedAddress) {
        this.agentDigest = agentDigest;
        this.truncatedAddress = truncatedAddress;
        this.hash = 31 * Arrays.hashCode(agentDigest) + truncatedAddress.hashCode();
    }

    /** SHA-256 of the agent's digest, a line feed and the truncated address: one block of SHA-256. */
    public byte[] fingerprint() {
        MessageDigest digest = VisitorHasher.newSha256();
        digest.update(agentDigest);
        digest.update((byte) '\n');
        digest.update(truncatedAddress.getBytes(StandardCharsets.ISO_8859_1)); // digits, dots, hex and colons
        return digest.digest();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VisitorKey k && hash == k.hash && truncatedAddress.equals(k.truncatedAddress)
                && Arrays.equals(agentDigest, k.agentDigest);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "VisitorKey[…]"; // nothing about the visitor in logs
    }
}
