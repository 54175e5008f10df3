package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.RouteParams;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Map;

/** The publication sections of a region's page: the latest items of each kind, with links to all of them. */
@Named
@RequestScoped
public class RegionPublicationsBacking {

    static final int PER_KIND = 4;

    @Inject
    PublishedContent published;

    @Inject
    RegionService regions;

    @Inject
    HttpServletRequest request;

    private Map<PublicationKind, ResultPage<ItemSummary>> sections;
    private RegionSummary region;

    @PostConstruct
    void load() {
        region = RouteParams.get(request, "region").flatMap(regions::findBySlug).orElse(null);
        sections = region == null ? Map.of() : published.regionSections(region.code(), PER_KIND);
    }

    public List<Map.Entry<PublicationKind, ResultPage<ItemSummary>>> getSections() {
        return List.copyOf(sections.entrySet());
    }

    public boolean isEmpty() {
        return sections.values().stream().allMatch(ResultPage::isEmpty);
    }

    public RegionSummary getRegion() {
        return region;
    }
}
