package cl.gob.mintrab.canalregional.region;

import cl.gob.mintrab.canalregional.support.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the territory: regions north to south, a region with its provinces and comunas, historic names.
 * Read-only; the reference data changes only through migrations.
 */
@Stateless
public class RegionService {

    @PersistenceContext
    private EntityManager em;

    /** The 16 regions, north to south (without the Nivel Central). */
    public List<RegionSummary> findRegions() {
        return findPublishingUnits().stream().filter(r -> !r.nivelCentral()).toList();
    }

    /** The Nivel Central followed by the 16 regions north to south: every unit that publishes. */
    public List<RegionSummary> findPublishingUnits() {
        return em.createNamedQuery(Region.FIND_ALL_ORDERED, Region.class).getResultList().stream()
                .map(Region::toSummary).toList();
    }

    public Optional<RegionSummary> findBySlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return findPublishingUnits().stream().filter(r -> r.slug().equals(slug)).findFirst();
    }

    public Optional<RegionSummary> findByCode(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Region.class, c)).map(Region::toSummary);
    }

    /** @throws NotFoundException when no unit has that slug */
    public RegionDetail getDetail(String slug) {
        RegionSummary region = findBySlug(slug).orElseThrow(() -> new NotFoundException("Region", slug));
        List<Object[]> rows = em.createQuery("""
                SELECT p.code, p.name, c.code, c.name FROM Comuna c JOIN c.province p
                WHERE p.region.code = :region ORDER BY p.code, c.code""", Object[].class)
                .setParameter("region", region.code())
                .getResultList();
        Map<String, RegionDetail.ProvinceView> provinces = new LinkedHashMap<>();
        for (Object[] row : rows) {
            provinces.computeIfAbsent((String) row[0],
                    code -> new RegionDetail.ProvinceView(code, (String) row[1], new ArrayList<>()))
                    .comunas().add(new RegionDetail.ComunaView((String) row[2], (String) row[3]));
        }
        Optional<SeremiaContact> seremia = Optional.ofNullable(em.find(SeremiaProfile.class, region.code()))
                .map(SeremiaProfile::toContact);
        return new RegionDetail(region, List.copyOf(provinces.values()), seremia);
    }

    /**
     * The current region a historic name refers to ("1ª Región", "Región Metropolitana", "X Región" ...),
     * ignoring case, accents and surrounding spaces.
     */
    public Optional<RegionAlias> findByHistoricName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = RegionNames.normalize(name);
        return em.createQuery("SELECT a FROM RegionAlias a", RegionAlias.class).getResultList().stream()
                .filter(a -> RegionNames.normalize(a.getAlias()).equals(wanted))
                .findFirst();
    }
}
