package cl.gob.mintrab.canalregional.region;

import cl.gob.mintrab.canalregional.support.Times;
import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.support.ValidationException.FieldError;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Seremía's public profile, edited by the editors of that region only: the region check is here, in the
 * service, so no page or crafted request can change another region's profile.
 */
@Stateless
public class SeremiaProfileService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,40}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    /** The profile as its editors see it (including a demo one), with its version for optimistic locking. */
    public Optional<EditableProfile> findForEditing(String regionCode) {
        access.require(Action.EDIT_CONTENT, regionCode);
        return Optional.ofNullable(em.find(SeremiaProfile.class, regionCode)).map(EditableProfile::of);
    }

    /** A profile with the version it was read at. */
    public record EditableProfile(SeremiaProfileData data, boolean demo, int version, Instant updatedAt) {
        static EditableProfile of(SeremiaProfile p) {
            return new EditableProfile(new SeremiaProfileData(p.getAuthority(), p.getPresentation(), p.getAddress(),
                    p.getPhone(), p.getEmail(), p.getOfficeHours()), p.isDemo(), p.getVersion(), p.getUpdatedAt());
        }
    }

    /**
     * Creates or updates the profile. {@code expectedVersion} is the version the editor started from (null for a
     * new profile); a concurrent change makes this fail with an optimistic-lock error instead of overwriting it.
     */
    public void save(String regionCode, SeremiaProfileData data, Integer expectedVersion) {
        access.require(expectedVersion == null ? Action.CREATE_CONTENT : Action.EDIT_CONTENT, regionCode);
        validate(data);
        SeremiaProfile profile = em.find(SeremiaProfile.class, regionCode);
        if (profile == null) {
            if (em.find(Region.class, regionCode) == null) {
                throw new NotFoundException("Region", regionCode);
            }
            if (expectedVersion != null) {
                throw new ConcurrentChangeException("SeremiaProfile", regionCode);
            }
            profile = new SeremiaProfile(regionCode);
            em.persist(profile);
        } else if (expectedVersion == null || profile.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("SeremiaProfile", regionCode);
        }
        profile.setAuthority(trim(data.authority()));
        profile.setPresentation(trim(data.presentation()));
        profile.setAddress(trim(data.address()));
        profile.setPhone(trim(data.phone()));
        profile.setEmail(trim(data.email()));
        profile.setOfficeHours(trim(data.officeHours()));
        profile.setDemo(false);
        profile.setUpdatedAt(Times.now());
    }

    public void delete(String regionCode) {
        access.require(Action.DELETE_CONTENT, regionCode);
        SeremiaProfile profile = em.find(SeremiaProfile.class, regionCode);
        if (profile == null) {
            throw new NotFoundException("SeremiaProfile", regionCode);
        }
        em.remove(profile);
    }

    private static void validate(SeremiaProfileData data) {
        List<FieldError> errors = new ArrayList<>();
        if (data.presentation() == null || data.presentation().isBlank()) {
            errors.add(new FieldError("presentation", "seremia.presentation_required"));
        } else if (data.presentation().length() > 4000) {
            errors.add(new FieldError("presentation", "seremia.presentation_too_long", 4000));
        }
        checkLength(errors, "authority", data.authority(), 160);
        checkLength(errors, "address", data.address(), 200);
        checkLength(errors, "officeHours", data.officeHours(), 120);
        if (data.email() != null && !data.email().isBlank() && !EMAIL.matcher(data.email().trim()).matches()) {
            errors.add(new FieldError("email", "seremia.email_invalid"));
        }
        if (data.phone() != null && !data.phone().isBlank() && !PHONE.matcher(data.phone().trim()).matches()) {
            errors.add(new FieldError("phone", "seremia.phone_invalid"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void checkLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(new FieldError(field, "field.too_long", max));
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
