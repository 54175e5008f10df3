package cl.gob.mintrab.canalregional.stats;

import java.time.YearMonth;
import java.util.List;

/**
 * Where update monitoring learns when a region last updated a section. A feature that publishes regional
 * information implements it as a CDI bean (any scope) with a {@link #name()} that rows of {@code stats_section}
 * refer to in their {@code source} column; each row's {@code source_key} is one of the keys the source reports
 * (a publication kind, a dataset). Sections whose source is not deployed are shown as unavailable, not as missing.
 */
public interface UpdateSource {

    /** The value of {@code stats_section.source} this bean answers for, e.g. "publications", "coverage". */
    String name();

    /**
     * Per region and key: the last update ever, and the number of updates in each month from {@code since}
     * (inclusive) to now. Regions or keys never updated may be left out.
     */
    List<SectionUpdates> updates(YearMonth since);

    /**
     * @param regionCode a region code as in {@code region.code}
     * @param sourceKey  the source's name for the section
     * @param lastUpdate null when never updated
     * @param perMonth   updates per month, months without updates may be absent
     */
    record SectionUpdates(String regionCode, String sourceKey, java.time.Instant lastUpdate,
                          java.util.Map<YearMonth, Integer> perMonth) {
    }
}
