package cl.gob.mintrab.canalregional.compliance;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks the {@link EvidenceSource} beans for what the portal holds about a unit in a period, for the sections an
 * activity is mapped to. A source that fails is logged and counted as unavailable: evidence never breaks a page.
 */
@ApplicationScoped
public class PortalEvidenceFinder {

    private static final Logger LOG = Logger.getLogger(PortalEvidenceFinder.class.getName());

    @Inject
    Instance<EvidenceSource> discovered;

    private Map<String, EvidenceSource> sources;

    @PostConstruct
    void init() {
        Map<String, EvidenceSource> map = new HashMap<>();
        for (EvidenceSource source : discovered) {
            map.putIfAbsent(source.section(), source);
        }
        sources = Map.copyOf(map);
    }

    /** Whether any source answers for the section yet. */
    public boolean available(String section) {
        return sources.containsKey(section);
    }

    public PortalEvidence find(Collection<String> sections, String regionCode, LocalDate from, LocalDate to) {
        if (sections.isEmpty()) {
            return PortalEvidence.none();
        }
        List<PortalEvidence.SectionCount> counts = new ArrayList<>();
        List<EvidenceItem> items = new ArrayList<>();
        for (String section : sections.stream().sorted(Comparator.comparingInt(ProgramResults::sectionOrder)).toList()) {
            EvidenceSource source = sources.get(section);
            if (source == null) {
                counts.add(new PortalEvidence.SectionCount(section, false, 0));
                continue;
            }
            try {
                List<EvidenceItem> found = source.find(regionCode, from, to);
                counts.add(new PortalEvidence.SectionCount(section, true, found.size()));
                items.addAll(found);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Evidence source " + section + " failed for " + regionCode, e);
                counts.add(new PortalEvidence.SectionCount(section, false, 0));
            }
        }
        items.sort(Comparator.comparing(EvidenceItem::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return new PortalEvidence(List.copyOf(counts), List.copyOf(items));
    }
}
