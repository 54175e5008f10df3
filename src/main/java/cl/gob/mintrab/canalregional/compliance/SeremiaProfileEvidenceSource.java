package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.region.Region;
import cl.gob.mintrab.canalregional.region.SeremiaProfile;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Evidence that a Seremía keeps its public presentation and contact up to date: its profile's last update. */
@ApplicationScoped
public class SeremiaProfileEvidenceSource implements EvidenceSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return PortalSection.PERFIL_SEREMIA.name();
    }

    @Override
    public List<EvidenceItem> find(String regionCode, LocalDate from, LocalDate to) {
        SeremiaProfile profile = em.find(SeremiaProfile.class, regionCode);
        Region region = em.find(Region.class, regionCode);
        if (profile == null || region == null) {
            return List.of();
        }
        Instant start = from.atStartOfDay(Formats.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        Instant updated = profile.getUpdatedAt();
        if (updated.isBefore(start) || !updated.isBefore(end)) {
            return List.of();
        }
        return List.of(new EvidenceItem(section(), Texts.get("gt_evidence.profile_updated", region.getShortName()),
                LocalDate.ofInstant(updated, Formats.ZONE), "/region/" + region.getSlug()));
    }
}
