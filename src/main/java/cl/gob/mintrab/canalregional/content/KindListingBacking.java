package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.RouteParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** {@code /region/<slug>/<kind>}: every published item of one kind of a region, newest first, 20 per page. */
@Named
@RequestScoped
public class KindListingBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    PublishedContent published;

    @Inject
    RegionService regions;

    @Inject
    HttpServletRequest request;

    @Inject
    @Param(name = "pagina")
    Integer page;

    private RegionSummary region;
    private PublicationKind kind;
    private ResultPage<ItemSummary> items;

    /** View action: 404 for an unknown region or kind, or a page number past the end. */
    public void load() throws IOException {
        region = RouteParams.get(request, "region").flatMap(regions::findBySlug).orElse(null);
        kind = RouteParams.get(request, "kind").flatMap(PublicationKind::fromSlug).orElse(null);
        if (region == null || kind == null) {
            Faces.responseSendError(404, "No encontrado");
            return;
        }
        int wanted = page == null ? 1 : page;
        items = published.listing(region.code(), kind, wanted, PAGE_SIZE);
        if (wanted < 1 || wanted > items.pages()) {
            Faces.responseSendError(404, "No encontrado");
        }
    }

    public RegionSummary getRegion() {
        return region;
    }

    public PublicationKind getKind() {
        return kind;
    }

    public ResultPage<ItemSummary> getItems() {
        return items;
    }

    /** Path of this listing, for pagination links. */
    public String getPath() {
        return region.path() + "/" + kind.getSlug();
    }
}
