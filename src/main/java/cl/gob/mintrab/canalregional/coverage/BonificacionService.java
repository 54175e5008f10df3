package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Bonificación reports of a region, one per month, entered by the region's editors. Checked by the import
 * rules ({@link BonificacionSchema}), including the order of the management stages.
 */
@Stateless
public class BonificacionService {

    static final Map<String, String> FIELDS;

    static {
        Map<String, String> fields = new HashMap<>(Map.of("periodo", "period", "cupos_asignados", "quotasAssigned",
                "empleos_bonificados", "jobsBonified", "empresas", "companies", "monto_pagado", "amountPaid"));
        for (BonificacionStage stage : BonificacionStage.values()) {
            String suffix = BonificacionSchema.STAGE_COLUMNS.get(stage);
            fields.put("fecha_" + suffix, "date_" + stage.name());
            fields.put("nota_" + suffix, "note_" + stage.name());
        }
        FIELDS = Map.copyOf(fields);
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    ReferenceData reference;

    /** The region's reports, latest first. */
    public List<BonificacionView> findByRegion(String regionCode) {
        access.require(Action.EDIT_REGION_DATA, regionCode);
        return em.createQuery("SELECT b FROM BonificacionStatus b WHERE b.regionCode = :region ORDER BY b.period DESC",
                BonificacionStatus.class).setParameter("region", regionCode).getResultList().stream()
                .map(BonificacionService::view).toList();
    }

    public BonificacionView get(long id) {
        BonificacionStatus status = load(id);
        access.requireOrHide(Action.EDIT_REGION_DATA, status.getRegionCode(), "BonificacionStatus", id);
        return view(status);
    }

    public long save(BonificacionEntry entry) {
        access.require(Action.EDIT_REGION_DATA, entry.regionCode());
        ImportContext context = reference.context(entry.regionCode());
        List<Object> cells = new ArrayList<>(List.of("periodo", nullable(entry.period()),
                "cupos_asignados", nullable(entry.quotasAssigned()), "empleos_bonificados", nullable(entry.jobsBonified()),
                "empresas", nullable(entry.companies()), "monto_pagado", nullable(entry.amountPaid())));
        for (BonificacionStage stage : BonificacionStage.values()) {
            String suffix = BonificacionSchema.STAGE_COLUMNS.get(stage);
            cells.add("fecha_" + suffix);
            cells.add(nullable(BonificacionEntry.dateText(entry.stage(stage).date())));
            cells.add("nota_" + suffix);
            cells.add(nullable(entry.stage(stage).note()));
        }
        BonificacionSchema.BonificacionRow row = FormRows.parse(BonificacionSchema.INSTANCE,
                FormRows.row(cells.toArray()), context, FIELDS);
        BonificacionStatus existing = em.createQuery(
                        "SELECT b FROM BonificacionStatus b WHERE b.regionCode = :region AND b.period = :period",
                        BonificacionStatus.class).setParameter("region", entry.regionCode())
                .setParameter("period", row.period()).getResultStream().findFirst().orElse(null);
        if (entry.id() == null) {
            if (existing != null) {
                throw ValidationException.of("period", "bonificacion.duplicate");
            }
            BonificacionStatus status = new BonificacionStatus(entry.regionCode(), row.period());
            status.apply(row.values());
            em.persist(status);
            em.flush();
            return status.getId();
        }
        BonificacionStatus status = load(entry.id());
        access.requireOrHide(Action.EDIT_REGION_DATA, status.getRegionCode(), "BonificacionStatus", entry.id());
        if (entry.version() == null || status.getVersion() != entry.version()) {
            throw new ConcurrentChangeException("BonificacionStatus", entry.id());
        }
        if (!status.getPeriod().equals(row.period()) || !status.getRegionCode().equals(entry.regionCode())) {
            throw ValidationException.of("period", "bonificacion.key_fixed");
        }
        status.apply(row.values());
        return status.getId();
    }

    public void delete(long id) {
        BonificacionStatus status = load(id);
        access.requireOrHide(Action.EDIT_REGION_DATA, status.getRegionCode(), "BonificacionStatus", id);
        em.remove(status);
    }

    static BonificacionView view(BonificacionStatus b) {
        return new BonificacionView(b.getId(), b.getRegionCode(), b.getPeriod(), b.values(), b.isDemo(),
                b.getUpdatedAt(), b.getVersion());
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    private BonificacionStatus load(long id) {
        BonificacionStatus status = em.find(BonificacionStatus.class, id);
        if (status == null) {
            throw new NotFoundException("BonificacionStatus", id);
        }
        return status;
    }
}
