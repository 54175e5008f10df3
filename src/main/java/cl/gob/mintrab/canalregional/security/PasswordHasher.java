package cl.gob.mintrab.canalregional.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * PBKDF2 password hashes (Jakarta Security's {@link Pbkdf2PasswordHash}): HMAC-SHA512, 210,000 iterations
 * (OWASP's recommendation for this algorithm), 32-byte random salt. The stored string names its algorithm and
 * iteration count, so raising them later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "canal.security.pbkdf2-iterations", defaultValue = "210000")
    int iterations;

    /** Verified when a user name does not exist, so both cases take the same time. */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy-password-for-timing".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of a real verification, for accounts that do not exist. */
    public void verifyDecoy(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), decoy);
    }
}
