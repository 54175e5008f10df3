package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.support.ValidationException.FieldError;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The programmes: public to read, kept by central staff ({@link Action#MANAGE_REFERENCE_DATA}). */
@Stateless
public class ProgrammeService {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    public List<ProgrammeView> findAll() {
        return em.createNamedQuery(Programme.FIND_ALL, Programme.class).getResultList().stream()
                .map(Programme::toView).toList();
    }

    public Optional<ProgrammeView> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM Programme p WHERE p.code = :code", Programme.class)
                .setParameter("code", code.trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst()
                .map(Programme::toView);
    }

    public ProgrammeView get(long id) {
        return load(id).toView();
    }

    public long create(ProgrammeData data) {
        access.require(Action.MANAGE_REFERENCE_DATA, null);
        validate(data, null);
        Programme programme = new Programme(data.code());
        programme.apply(data);
        em.persist(programme);
        em.flush();
        return programme.getId();
    }

    public void update(long id, ProgrammeData data, int expectedVersion) {
        access.require(Action.MANAGE_REFERENCE_DATA, null);
        Programme programme = load(id);
        if (programme.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Programme", id);
        }
        validate(data, id);
        programme.apply(data);
        programme.setDemo(false);
    }

    /** Only a programme without coverage figures; a programme that ended gets its last year instead. */
    public void delete(long id) {
        access.require(Action.MANAGE_REFERENCE_DATA, null);
        Programme programme = load(id);
        long used = em.createQuery("SELECT COUNT(f) FROM CoverageFigure f WHERE f.programme.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (used > 0) {
            throw ValidationException.of(null, "programme.in_use");
        }
        em.remove(programme);
    }

    private void validate(ProgrammeData data, Long existingId) {
        List<FieldError> errors = new ArrayList<>();
        String code = data.code() == null ? "" : data.code().trim().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            errors.add(new FieldError("code", "programme.code_required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "programme.code_invalid"));
        } else {
            boolean taken = em.createQuery("SELECT p.id FROM Programme p WHERE p.code = :code", Long.class)
                    .setParameter("code", code).getResultStream().anyMatch(id -> !id.equals(existingId));
            if (taken) {
                errors.add(new FieldError("code", "programme.code_taken"));
            }
        }
        if (data.name() == null || data.name().isBlank()) {
            errors.add(new FieldError("name", "programme.name_required"));
        } else if (data.name().trim().length() > 200) {
            errors.add(new FieldError("name", "field.too_long", 200));
        }
        if (data.institution() == null || data.institution().isBlank()) {
            errors.add(new FieldError("institution", "programme.institution_required"));
        } else if (data.institution().trim().length() > 120) {
            errors.add(new FieldError("institution", "field.too_long", 120));
        }
        if (data.kind() == null) {
            errors.add(new FieldError("kind", "programme.kind_required"));
        }
        if (data.description() != null && data.description().trim().length() > 4000) {
            errors.add(new FieldError("description", "field.too_long", 4000));
        }
        if (data.yearFrom() == null) {
            errors.add(new FieldError("yearFrom", "programme.year_from_required"));
        } else if (data.yearFrom() < 1990 || data.yearFrom() > 2100) {
            errors.add(new FieldError("yearFrom", "programme.year_invalid"));
        }
        if (data.yearTo() != null) {
            if (data.yearTo() < 1990 || data.yearTo() > 2100) {
                errors.add(new FieldError("yearTo", "programme.year_invalid"));
            } else if (data.yearFrom() != null && data.yearTo() < data.yearFrom()) {
                errors.add(new FieldError("yearTo", "programme.year_to_before"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private Programme load(long id) {
        Programme programme = em.find(Programme.class, id);
        if (programme == null) {
            throw new NotFoundException("Programme", id);
        }
        return programme;
    }
}
