package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.region.RegionAlias;
import cl.gob.mintrab.canalregional.region.RegionNames;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Links of the old site, {@code /pgm/CanalRegional/<Región>/<slug>}, answer with a permanent redirect to the new
 * page when the item is known, else to the region's page, else to the home page. The region part is read
 * tolerantly: "Region_del_Biobio", "VIII-Region", "8ª Región", "biobio" ...
 */
@WebServlet(urlPatterns = "/pgm/*")
public class LegacyRedirectServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    RegionService regions;

    @Inject
    PublishedContent published;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the raw path, decoded here as UTF-8 (old links carry "Regi%C3%B3n_de_%C3%91uble")
        String raw = request.getRequestURI().substring(request.getContextPath().length() + request.getServletPath().length());
        String[] parts = raw.isEmpty() || raw.equals("/") ? new String[0] : raw.substring(1).split("/");
        String target = "/";
        if (parts.length >= 2 && parts[0].equalsIgnoreCase("CanalRegional")) {
            Optional<RegionSummary> region = region(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            if (region.isPresent()) {
                target = region.get().path();
                if (parts.length >= 3) {
                    String slug = URLDecoder.decode(parts[2], StandardCharsets.UTF_8).replaceAll("\\.(html?|php|aspx?)$", "");
                    Optional<ItemSummary> item = published.findLegacy(region.get().code(), slug);
                    if (item.isPresent()) {
                        target = item.get().path();
                    }
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + target);
    }

    Optional<RegionSummary> region(String written) {
        String name = written.replace('_', ' ').replace('-', ' ').trim();
        Optional<RegionSummary> bySlug = regions.findBySlug(written.toLowerCase().replace('_', '-'));
        if (bySlug.isPresent()) {
            return bySlug;
        }
        Optional<RegionAlias> alias = regions.findByHistoricName(name);
        if (alias.isPresent()) {
            return regions.findByCode(alias.get().getRegion().getCode());
        }
        String wanted = RegionNames.normalize(name).replaceFirst("^region (de |del )?", "");
        return regions.findPublishingUnits().stream()
                .filter(r -> RegionNames.normalize(r.name()).replaceFirst("^region (de |del )?", "").equals(wanted)
                        || RegionNames.normalize(r.shortName()).equals(wanted)
                        || (r.romanNumeral() != null && (wanted.equals(r.romanNumeral().toLowerCase())
                        || wanted.equals(r.romanNumeral().toLowerCase() + " region"))))
                .findFirst();
    }
}
