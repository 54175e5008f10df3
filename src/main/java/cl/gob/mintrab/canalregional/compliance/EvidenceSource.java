package cl.gob.mintrab.canalregional.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * What the portal itself knows about a unit in a period, for one section (a {@link PortalSection} key): shown
 * next to each reported compliance as evidence. Implementations are CDI beans; every bean found is used, keyed by
 * {@link #section()}. Other features add their own (publications per kind, coverage, Bonificación, employment
 * series) without this package changing; a section with no source simply counts nothing.
 */
public interface EvidenceSource {

    /** The {@link PortalSection} name this source answers for. */
    String section();

    /**
     * The items of that unit in the period (both days inclusive, Chile's time zone), newest first.
     *
     * @param regionCode '01'..'16' or 'NC'
     */
    List<EvidenceItem> find(String regionCode, LocalDate from, LocalDate to);
}
