package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /buscar?q=...&region=...&tipo=...&anio=...&pagina=...}: full-text search of published items. A plain GET
 * form, so results can be bookmarked and shared, and no session is needed.
 */
@Named
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 15;

    @Inject
    PublishedContent published;

    @Inject
    RegionService regions;

    @Inject
    @Param(name = "q")
    String q;

    @Inject
    @Param(name = "region")
    String region;

    @Inject
    @Param(name = "tipo")
    String kind;

    @Inject
    @Param(name = "anio")
    String year;

    @Inject
    @Param(name = "pagina")
    String page;

    private SearchResults results;

    @PostConstruct
    void search() {
        SearchQuery query = SearchQuery.parse(q);
        String regionCode = regions.findBySlug(region).map(RegionSummary::code).orElse(null);
        PublicationKind kindFilter = Optional.ofNullable(kind).flatMap(PublicationKind::fromSlug).orElse(null);
        results = published.search(query, regionCode, kindFilter, number(year), Optional.ofNullable(number(page)).orElse(1),
                PAGE_SIZE);
        Faces.setRequestAttribute(SearchResults.TOTAL_ATTRIBUTE, results.total());
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public SearchResults getResults() {
        return results;
    }

    public String getQ() {
        return q;
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    /** The URL of this search with one filter changed (null removes it) and back to page 1. */
    public String link(String name, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("region", region);
        params.put("tipo", kind);
        params.put("anio", year);
        params.put(name, value);
        return "/buscar?" + params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The URL of another page of these results. */
    public String pageLink(int number) {
        return link("pagina", null) + "&pagina=" + number;
    }

    /** The region facet's value as a slug (the facet counts by code). */
    public String regionSlug(String code) {
        return regions.findByCode(code).map(RegionSummary::slug).orElse(code);
    }

    public String kindSlug(String name) {
        return PublicationKind.valueOf(name).getSlug();
    }

    public List<PublicationKind> getKinds() {
        return List.of(PublicationKind.values());
    }

    public String getRegion() {
        return region;
    }
}
