package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.PublicUrl;
import cl.gob.mintrab.canalregional.support.RouteParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.util.Optional;

/** {@code /region/<slug>/<kind>/<publication>}: a published item, as the public sees it. */
@Named
@RequestScoped
public class PublicationPageBacking {

    @Inject
    PublishedContent published;

    @Inject
    RegionService regions;

    @Inject
    HttpServletRequest request;

    private RegionSummary region;
    private PublicationPage page;

    /** View action: 404 unless such an item is published (drafts and archived items are never shown). */
    public void load() throws IOException {
        region = RouteParams.get(request, "region").flatMap(regions::findBySlug).orElse(null);
        Optional<PublicationKind> kind = RouteParams.get(request, "kind").flatMap(PublicationKind::fromSlug);
        Optional<String> slug = RouteParams.get(request, "slug");
        if (region != null && kind.isPresent() && slug.isPresent()) {
            page = published.page(region.code(), kind.get(), slug.get()).orElse(null);
        }
        if (page == null) {
            Faces.responseSendError(404, "No encontrado");
        }
    }

    public RegionSummary getRegion() {
        return region;
    }

    public PublicationPage getPage() {
        return page;
    }

    public ItemSummary getItem() {
        return page == null ? null : page.item();
    }

    /** The absolute address of this page, for Open Graph. */
    public String getCanonicalUrl() {
        return PublicUrl.base(request) + page.item().path();
    }

    public String getImageUrl() {
        return page.image() == null ? null : PublicUrl.base(request) + page.image().variantPath(960);
    }
}
