package cl.gob.mintrab.canalregional.region;

import cl.gob.mintrab.canalregional.support.RouteParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** The public page of a region (or of the Nivel Central) at {@code /region/<slug>}. */
@Named
@RequestScoped
public class RegionPageBacking {

    @Inject
    RegionService regionService;

    @Inject
    HttpServletRequest request;

    private RegionDetail detail;

    /** View action: 404 for an unknown slug, or when the view is requested without one. */
    public void load() throws IOException {
        detail = RouteParams.get(request, "region")
                .flatMap(regionService::findBySlug)
                .map(region -> regionService.getDetail(region.slug()))
                .orElse(null);
        if (detail == null) {
            Faces.responseSendError(404, "Región no encontrada");
        }
    }

    public RegionDetail getDetail() {
        return detail;
    }

    public RegionSummary getRegion() {
        return detail == null ? null : detail.region();
    }
}
