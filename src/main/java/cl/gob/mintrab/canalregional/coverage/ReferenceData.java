package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What employment figures are checked against: the 16 regions (the Nivel Central reports no regional figures),
 * every comuna with its region, the programmes by code. Reference data only; no permission needed.
 */
@Stateless
public class ReferenceData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    RegionService regions;

    @Inject
    ProgrammeService programmes;

    /** One of the 16 regions, or empty (unknown code, Nivel Central). */
    public Optional<RegionSummary> region(String code) {
        return regions.findByCode(code).filter(r -> !r.nivelCentral());
    }

    /** @throws ValidationException (field "region") for anything but one of the 16 regions */
    public RegionSummary requireRegion(String code) {
        return region(code).orElseThrow(() -> ValidationException.of("region", "coverage.region_invalid"));
    }

    /** Every comuna of the country, by code, in code order. */
    public Map<String, ImportContext.ComunaRef> comunas() {
        Map<String, ImportContext.ComunaRef> comunas = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("""
                SELECT c.code, c.name, r.code, r.name FROM Comuna c JOIN c.province p JOIN p.region r
                ORDER BY c.code""", Object[].class).getResultList()) {
            comunas.put((String) row[0], new ImportContext.ComunaRef((String) row[0], (String) row[1], (String) row[2],
                    (String) row[3]));
        }
        return comunas;
    }

    /** The comunas of a region, by name. */
    public List<ImportContext.ComunaRef> comunasOf(String regionCode) {
        return comunas().values().stream().filter(c -> c.regionCode().equals(regionCode))
                .sorted(java.util.Comparator.comparing(ImportContext.ComunaRef::name, java.text.Collator.getInstance(Formats.LOCALE)))
                .toList();
    }

    public Map<String, ImportContext.ProgrammeRef> programmeRefs() {
        Map<String, ImportContext.ProgrammeRef> refs = new LinkedHashMap<>();
        for (ProgrammeView p : programmes.findAll()) {
            refs.put(p.code(), new ImportContext.ProgrammeRef(p.id(), p.code(), p.name(), p.yearFrom(), p.yearTo()));
        }
        return refs;
    }

    /** Everything an import into (or a form of) the region is checked against, as of today in Chile. */
    public ImportContext context(String regionCode) {
        RegionSummary region = requireRegion(regionCode);
        return new ImportContext(region.code(), region.name(), comunas(), programmeRefs(), LocalDate.now(Formats.ZONE));
    }
}
