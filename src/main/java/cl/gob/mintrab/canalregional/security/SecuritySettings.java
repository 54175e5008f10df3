package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.AppSetting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/** Security policies administrators can change, and the server-side secret used to key client-address hashes. */
@Stateless
public class SecuritySettings {

    static final String TOTP_REQUIRED_FOR_ADMINS = "security.totp-required-for-admins";
    static final String CLIENT_HASH_KEY = "security.client-hash-key";

    @PersistenceContext
    private EntityManager em;

    public boolean isTotpRequiredForAdmins() {
        return Optional.ofNullable(em.find(AppSetting.class, TOTP_REQUIRED_FOR_ADMINS))
                .map(s -> Boolean.parseBoolean(s.getValue())).orElse(false);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void setTotpRequiredForAdmins(boolean required) {
        AppSetting setting = em.find(AppSetting.class, TOTP_REQUIRED_FOR_ADMINS);
        if (setting == null) {
            em.persist(new AppSetting(TOTP_REQUIRED_FOR_ADMINS, String.valueOf(required)));
        } else {
            setting.setValue(String.valueOf(required));
        }
    }

    /**
     * A random key created once per database, so every instance hashes a client address the same way without the
     * address itself ever being stored.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] clientHashKey() {
        AppSetting setting = em.find(AppSetting.class, CLIENT_HASH_KEY);
        if (setting == null) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            em.createNativeQuery("INSERT IGNORE INTO app_setting (name, value, updated_at) VALUES (?, ?, UTC_TIMESTAMP(3))")
                    .setParameter(1, CLIENT_HASH_KEY).setParameter(2, HexFormat.of().formatHex(key)).executeUpdate();
            setting = em.find(AppSetting.class, CLIENT_HASH_KEY);
            if (setting == null) {
                em.clear();
                return HexFormat.of().parseHex((String) em.createNativeQuery("SELECT value FROM app_setting WHERE name = ?")
                        .setParameter(1, CLIENT_HASH_KEY).getSingleResult());
            }
        }
        return HexFormat.of().parseHex(setting.getValue());
    }
}
