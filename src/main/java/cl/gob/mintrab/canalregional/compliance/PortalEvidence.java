package cl.gob.mintrab.canalregional.compliance;

import java.util.List;

/**
 * What the portal itself holds for one activity of one unit in the programme's period: a count per configured
 * section (with whether a source exists for it yet) and the items.
 */
public record PortalEvidence(List<SectionCount> sections, List<EvidenceItem> items) {

    /** One configured section: its key, whether any source answers for it, how many items it found. */
    public record SectionCount(String section, boolean available, int count) {
    }

    public int total() {
        return items.size();
    }

    public static PortalEvidence none() {
        return new PortalEvidence(List.of(), List.of());
    }
}
