package cl.gob.mintrab.canalregional.mesa;

import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.security.Actor;
import cl.gob.mintrab.canalregional.security.Permissions;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.support.ValidationException.FieldError;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/** The mesas of each region: listed for anyone with a role, kept by the region's editors (or central admins). */
@Stateless
public class MesaService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    /** Every mesa, for choosing the scopes of member accounts. */
    public List<MesaView> findAll() {
        access.require(Action.VIEW_ADMIN, null);
        return em.createQuery("SELECT m FROM Mesa m ORDER BY m.regionCode, m.kind, m.name", Mesa.class)
                .getResultList().stream().map(Mesa::toView).toList();
    }

    /** The mesas the current actor may manage. */
    public List<MesaView> findManageable() {
        Actor actor = access.currentActor();
        return em.createQuery("SELECT m FROM Mesa m ORDER BY m.regionCode, m.kind, m.name", Mesa.class)
                .getResultList().stream()
                .filter(m -> Permissions.allows(actor, Action.MANAGE_MESAS, m.getRegionCode()))
                .map(Mesa::toView).toList();
    }

    public List<MesaView> findByRegion(String regionCode) {
        return em.createQuery("SELECT m FROM Mesa m WHERE m.regionCode = :region AND m.active = TRUE "
                        + "ORDER BY m.kind, m.name", Mesa.class)
                .setParameter("region", regionCode).getResultList().stream().map(Mesa::toView).toList();
    }

    /** The mesas with these ids (an account's own mesas). */
    public List<MesaView> findByIds(java.util.Collection<Long> ids) {
        return em.createQuery("SELECT m FROM Mesa m WHERE m.id IN :ids ORDER BY m.regionCode, m.name", Mesa.class)
                .setParameter("ids", ids).getResultList().stream().map(Mesa::toView).toList();
    }

    public MesaView get(long id) {
        Mesa mesa = load(id);
        access.requireOrHide(Action.MANAGE_MESAS, mesa.getRegionCode(), "Mesa", id);
        return mesa.toView();
    }

    public long create(MesaData data) {
        access.require(Action.MANAGE_MESAS, data.regionCode());
        validate(data, null);
        Mesa mesa = new Mesa(data.regionCode(), data.kind(), data.name().trim());
        mesa.setDescription(blankToNull(data.description()));
        mesa.setActive(data.active());
        em.persist(mesa);
        em.flush();
        return mesa.getId();
    }

    public void update(long id, MesaData data, int expectedVersion) {
        Mesa mesa = load(id);
        access.requireOrHide(Action.MANAGE_MESAS, mesa.getRegionCode(), "Mesa", id);
        if (!mesa.getRegionCode().equals(data.regionCode())) {
            throw ValidationException.of("region", "mesa.region_fixed");
        }
        if (mesa.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Mesa", id);
        }
        validate(data, mesa);
        mesa.setKind(data.kind());
        mesa.setName(data.name().trim());
        mesa.setDescription(blankToNull(data.description()));
        mesa.setActive(data.active());
        mesa.touch();
    }

    private void validate(MesaData data, Mesa existing) {
        List<FieldError> errors = new ArrayList<>();
        if (data.kind() == null) {
            errors.add(new FieldError("kind", "mesa.kind_required"));
        }
        if (data.name() == null || data.name().isBlank()) {
            errors.add(new FieldError("name", "mesa.name_required"));
        } else if (data.name().trim().length() > 160) {
            errors.add(new FieldError("name", "mesa.name_too_long"));
        } else {
            List<Long> same = em.createQuery("SELECT m.id FROM Mesa m WHERE m.regionCode = :region AND m.name = :name",
                    Long.class).setParameter("region", data.regionCode()).setParameter("name", data.name().trim())
                    .getResultList();
            if (same.stream().anyMatch(id -> existing == null || !id.equals(existing.getId()))) {
                errors.add(new FieldError("name", "mesa.name_taken"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private Mesa load(long id) {
        Mesa mesa = em.find(Mesa.class, id);
        if (mesa == null) {
            throw new NotFoundException("Mesa", id);
        }
        return mesa;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
