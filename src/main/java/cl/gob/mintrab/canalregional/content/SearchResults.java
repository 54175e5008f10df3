package cl.gob.mintrab.canalregional.content;

import java.util.List;

/** The results of a search: one page of hits with highlights, the total, and the facets to narrow it. */
public record SearchResults(SearchQuery query, List<Hit> hits, long total, int page, int size, List<Facet> regions,
                            List<Facet> kinds, List<Facet> years) {

    /** Request attribute with the number of results, read by the visit statistics (searches with no results). */
    public static final String TOTAL_ATTRIBUTE = "canal.search.total";

    /** A result; the HTML fields are escaped, with the searched words in {@code <mark>}. */
    public record Hit(ItemSummary item, String titleHtml, String snippetHtml) {
    }

    /** A value to filter by, with how many results it has; {@code selected} when it is the current filter. */
    public record Facet(String value, String label, long count, boolean selected) {
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean filtered() {
        return regions.stream().anyMatch(Facet::selected) || kinds.stream().anyMatch(Facet::selected)
                || years.stream().anyMatch(Facet::selected);
    }
}
