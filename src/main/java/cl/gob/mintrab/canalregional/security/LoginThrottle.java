package cl.gob.mintrab.canalregional.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * Failed logins per client address, in fixed 15-minute windows shared by every instance through the database.
 * Beyond the limit the address is refused before any password is checked. Addresses are stored only as an
 * HMAC keyed with a per-database secret.
 */
@Stateless
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    @PersistenceContext
    private EntityManager em;

    @Inject
    SecuritySettings settings;

    @Inject
    @ConfigProperty(name = "canal.security.max-failures-per-address", defaultValue = "20")
    int maxFailures;

    public boolean isThrottled(String clientAddress, Instant now) {
        Number failures = (Number) em.createNativeQuery(
                        "SELECT COALESCE(SUM(failures), 0) FROM login_throttle WHERE client_hash = ? AND window_start = ?")
                .setParameter(1, hash(clientAddress)).setParameter(2, windowStart(now)).getSingleResult();
        return failures.intValue() >= maxFailures;
    }

    /** Counts a failure; kept even if the login's own transaction rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String clientAddress, Instant now) {
        em.createNativeQuery("INSERT INTO login_throttle (client_hash, window_start, failures) VALUES (?, ?, 1) "
                        + "ON DUPLICATE KEY UPDATE failures = failures + 1")
                .setParameter(1, hash(clientAddress)).setParameter(2, windowStart(now)).executeUpdate();
        em.createNativeQuery("DELETE FROM login_throttle WHERE window_start < ?")
                .setParameter(1, windowStart(now.minus(Duration.ofDays(1)))).executeUpdate();
    }

    static LocalDateTime windowStart(Instant now) {
        long seconds = WINDOW.toSeconds();
        return LocalDateTime.ofEpochSecond(now.getEpochSecond() / seconds * seconds, 0, ZoneOffset.UTC);
    }

    /** The per-database key never changes once created, so each instance reads it once. */
    private static volatile byte[] key;

    private String hash(String clientAddress) {
        if (key == null) {
            key = settings.clientHashKey();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(clientAddress).getBytes()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
