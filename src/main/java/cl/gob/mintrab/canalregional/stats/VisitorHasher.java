package cl.gob.mintrab.canalregional.stats;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * How a visitor becomes a number without being stored. At request time the address is truncated (IPv4 to its
 * /24, IPv6 to its /48) and kept with the User-Agent's digest ({@link VisitorKey}) only in memory, for the few
 * seconds until the next flush. The flush hashes the two into a fingerprint and that into one keyed hash per calendar period (HMAC-SHA256 with that
 * period's secret), which only feeds the period's HyperLogLog sketch. Secrets are deleted when their period ends,
 * so nobody, the portal included, can later test whether an address was among the visitors.
 */
public final class VisitorHasher {

    private static final MessageDigest SHA256 = sha256();
    /** An IPv6 literal (hex groups and colons, optionally an embedded IPv4 and a zone): always parsed, never resolved. */
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*(%[0-9a-zA-Z]+)?");

    private VisitorHasher() {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address with its host part removed: {@code 200.27.14.0}, {@code 2800:150:1::}. Not an address: "". */
    public static String truncate(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String literal = address.strip();
        String ipv4 = truncateIpv4(literal);
        if (ipv4 != null) {
            return ipv4;
        }
        if (!IPV6.matcher(literal).matches()) {
            return ""; // never a host name: resolving it would be a DNS lookup on the request thread
        }
        try {
            int zone = literal.indexOf('%');
            byte[] bytes = InetAddress.getByName(zone < 0 ? literal : literal.substring(0, zone)).getAddress();
            byte[] truncated = Arrays.copyOf(Arrays.copyOf(bytes, bytes.length == 4 ? 3 : 6), bytes.length);
            return InetAddress.getByAddress(truncated).getHostAddress();
        } catch (UnknownHostException e) {
            return "";
        }
    }

    /**
     * A dotted IPv4 address (four numbers of 1-3 digits, each at most 255) as its /24, "" when it looks like one
     * but a number is too large, null when it is not dotted IPv4 at all. Scanned by hand: it runs on every
     * recorded request.
     */
    private static String truncateIpv4(String literal) {
        int length = literal.length();
        int part = 0;
        int digits = 0;
        int value = 0;
        int thirdDot = -1;
        boolean tooLarge = false;
        for (int i = 0; i < length; i++) {
            char c = literal.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return null;
                }
                value = value * 10 + (c - '0');
            } else if (c == '.' && digits > 0 && part < 3) {
                tooLarge |= value > 255;
                if (++part == 3) {
                    thirdDot = i;
                }
                digits = 0;
                value = 0;
            } else {
                return null;
            }
        }
        if (part != 3 || digits == 0) {
            return null;
        }
        if (tooLarge || value > 255) {
            return "";
        }
        return literal.substring(0, thirdDot + 1) + "0";
    }

    /** A visitor as a recorded view holds it until the flush: the agent's SHA-256 and the truncated address. */
    public static VisitorKey visitor(String address, String userAgent) {
        return visitor(address, agentDigest(userAgent));
    }

    /**
     * The same with the agent's digest already worked out (the recording filter remembers it per agent, there are
     * few distinct ones). The digest is kept, not copied: it must never be changed.
     */
    static VisitorKey visitor(String address, byte[] agentDigest) {
        return new VisitorKey(agentDigest, truncate(address));
    }

    /** SHA-256 of a User-Agent (null as ""): a public string, not about a person. */
    static byte[] agentDigest(String userAgent) {
        return newSha256().digest((userAgent == null ? "" : userAgent).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The fingerprint of a visitor ({@link VisitorKey#fingerprint()}): SHA-256 of the User-Agent's own SHA-256 and
     * the truncated address. It exists only in memory, at the flush, on its way to the period's keyed hash.
     */
    public static byte[] fingerprint(String address, String userAgent) {
        return visitor(address, userAgent).fingerprint();
    }

    /** A fresh SHA-256, cloned from a prototype: cheaper than looking the algorithm up among the providers. */
    static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** The visitor's number within one period: HMAC-SHA256 of the fingerprint with the period's secret. */
    public static long keyed(byte[] periodSecret, byte[] fingerprint) {
        return keyed(mac(periodSecret), fingerprint);
    }

    /** The same with a MAC prepared by {@link #mac} (not thread-safe; one per thread and period). */
    public static long keyed(Mac mac, byte[] fingerprint) {
        return ByteBuffer.wrap(mac.doFinal(fingerprint)).getLong();
    }

    public static Mac mac(byte[] periodSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(periodSecret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
