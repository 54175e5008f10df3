package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.region.RegionService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies {@link DataQualityRules} to the stored figures: for the data-quality page (central staff see every
 * region, editors their own) and next to the data in the entry pages.
 */
@Stateless
public class DataQualityService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    RegionService regions;

    @Inject
    DataQualitySettings settings;

    /** The regions whose data quality the current user may see: all for central staff, their own for editors. */
    public List<RegionSummary> visibleRegions() {
        boolean central = access.allows(Action.MANAGE_REFERENCE_DATA, null);
        return regions.findRegions().stream()
                .filter(r -> central || access.allows(Action.EDIT_REGION_DATA, r.code())).toList();
    }

    /** Warnings of one dataset, for one region or (null) every visible region. */
    public List<QualityWarning> warnings(Dataset dataset, String regionCode) {
        access.require(Action.VIEW_ADMIN, null);
        Set<String> visible = visibleRegions().stream().map(RegionSummary::code).collect(Collectors.toSet());
        if (regionCode != null && !visible.contains(regionCode)) {
            access.require(Action.EDIT_REGION_DATA, regionCode); // refuses and audits: not one of the user's regions
        }
        DataQualityRules rules = new DataQualityRules(settings.jumpFactor().doubleValue());
        // Missing periods are judged against every region's latest period, so rules always see all regions.
        List<QualityWarning> all = switch (dataset) {
            case COVERAGE -> rules.coverage(coverageFacts());
            case BONIFICACION -> rules.bonificacion(bonificacionFacts());
            case EMPLOYMENT -> rules.employment(employmentFacts());
        };
        return all.stream().filter(w -> regionCode == null ? visible.contains(w.regionCode())
                : w.regionCode().equals(regionCode)).toList();
    }

    private List<DataQualityRules.CoverageFact> coverageFacts() {
        List<DataQualityRules.CoverageFact> facts = new ArrayList<>();
        List<Object[]> totals = em.createNativeQuery("""
                SELECT f.region_code, p.code, f.period, f.quotas, f.beneficiaries,
                       (SELECT SUM(c.beneficiaries) FROM coverage_figure c WHERE c.programme_id = f.programme_id
                         AND c.region_code = f.region_code AND c.period = f.period AND c.comuna_code IS NOT NULL)
                FROM coverage_figure f JOIN programme p ON p.id = f.programme_id
                WHERE f.comuna_code IS NULL""").getResultList();
        for (Object[] r : totals) {
            facts.add(new DataQualityRules.CoverageFact((String) r[0], (String) r[1], SqlValues.toMonth(r[2]), null,
                    SqlValues.toInt(r[3]), SqlValues.toInt(r[4]), SqlValues.toLong(r[5])));
        }
        List<Object[]> comunasAbove = em.createNativeQuery("""
                SELECT f.region_code, p.code, f.period, f.comuna_code, f.quotas, f.beneficiaries
                FROM coverage_figure f JOIN programme p ON p.id = f.programme_id
                WHERE f.comuna_code IS NOT NULL AND f.quotas IS NOT NULL AND f.beneficiaries > f.quotas""")
                .getResultList();
        for (Object[] r : comunasAbove) {
            facts.add(new DataQualityRules.CoverageFact((String) r[0], (String) r[1], SqlValues.toMonth(r[2]),
                    (String) r[3], SqlValues.toInt(r[4]), SqlValues.toInt(r[5]), null));
        }
        return facts;
    }

    private List<DataQualityRules.BonificacionFact> bonificacionFacts() {
        return em.createQuery("SELECT b FROM BonificacionStatus b", BonificacionStatus.class).getResultList().stream()
                .map(b -> new DataQualityRules.BonificacionFact(b.getRegionCode(), b.getPeriod(),
                        b.values().quotasAssigned(), b.values().jobsBonified())).toList();
    }

    private List<DataQualityRules.EmploymentFact> employmentFacts() {
        return em.createQuery("SELECT f FROM EmploymentFigure f", EmploymentFigure.class).getResultList().stream()
                .map(f -> new DataQualityRules.EmploymentFact(f.getRegionCode(), f.getQuarterEnd(),
                        f.values().unemploymentRate(), f.values().labourForce(), f.values().employed())).toList();
    }
}
