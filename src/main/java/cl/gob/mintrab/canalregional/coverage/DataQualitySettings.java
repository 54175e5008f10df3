package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.support.AppSetting;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The factor by which a figure may change from one period to the next before the data-quality page flags it.
 * Kept in the database (every instance sees the same value); changed by central staff on that page.
 */
@Stateless
public class DataQualitySettings {

    static final String JUMP_FACTOR = "coverage.jump-factor";
    public static final BigDecimal DEFAULT_JUMP_FACTOR = new BigDecimal("2.0");
    private static final BigDecimal MIN = new BigDecimal("1.1");
    private static final BigDecimal MAX = new BigDecimal("10");

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    public BigDecimal jumpFactor() {
        return Optional.ofNullable(em.find(AppSetting.class, JUMP_FACTOR)).map(s -> new BigDecimal(s.getValue()))
                .orElse(DEFAULT_JUMP_FACTOR);
    }

    public void setJumpFactor(BigDecimal factor) {
        access.require(Action.MANAGE_REFERENCE_DATA, null);
        if (factor == null || factor.compareTo(MIN) < 0 || factor.compareTo(MAX) > 0) {
            throw ValidationException.of("jumpFactor", "quality.jump_factor_invalid");
        }
        String value = factor.stripTrailingZeros().toPlainString();
        AppSetting setting = em.find(AppSetting.class, JUMP_FACTOR);
        if (setting == null) {
            em.persist(new AppSetting(JUMP_FACTOR, value));
        } else {
            setting.setValue(value);
        }
    }
}
