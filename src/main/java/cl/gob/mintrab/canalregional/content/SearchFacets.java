package cl.gob.mintrab.canalregional.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The total and the facets of a search, from its matches counted by region, kind and year: each facet is counted
 * with the other filters applied, so every number is what clicking it would give. The same arithmetic whichever
 * engine counted the matches (the search index, or MariaDB full-text while the index is being built).
 */
final class SearchFacets {

    static final String REGION = "region";
    static final String KIND = "kind";
    static final String YEAR = "year";

    private SearchFacets() {
    }

    /** Matches of a search with the same region, kind and year. */
    record Group(String region, String kind, String year, long count) {
    }

    /** The optional filters of a search (null: any). */
    record Filter(String regionCode, PublicationKind kind, Integer year) {

        /** Whether a group passes every filter except {@code ignored} ({@link #REGION}, {@link #KIND}, {@link #YEAR} or null). */
        boolean accepts(Group g, String ignored) {
            return accepts(g.region(), g.kind(), g.year(), ignored);
        }

        boolean accepts(String region, String kindName, String yearText, String ignored) {
            return (REGION.equals(ignored) || regionCode == null || regionCode.equals(region))
                    && (KIND.equals(ignored) || kind == null || kind.name().equals(kindName))
                    && (YEAR.equals(ignored) || year == null || String.valueOf(year).equals(yearText));
        }
    }

    /** Matches that pass every filter. */
    static long total(List<Group> groups, Filter filter) {
        return groups.stream().filter(g -> filter.accepts(g, null)).mapToLong(Group::count).sum();
    }

    /** Counts per value of a facet, under the other filters, largest first. */
    static Map<String, Long> facet(List<Group> groups, Filter filter, String facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Group g : groups) {
            if (filter.accepts(g, facet)) {
                String key = switch (facet) {
                    case REGION -> g.region();
                    case KIND -> g.kind();
                    default -> g.year();
                };
                counts.merge(key, g.count(), Long::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
    }

    /** The page actually shown: the one asked for, within 1 and the last page. */
    static int safePage(int page, long total, int size) {
        return Math.max(1, Math.min(page, (int) Math.max(1, (total + size - 1) / size)));
    }
}
