package cl.gob.mintrab.canalregional.site;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicRoutesFilterTest {

    /** The view and the path parameters a path is forwarded to, as the filter would. */
    private record Target(String view, Map<String, String> params) {
    }

    private static Optional<Target> route(String path) {
        for (PublicRoutesFilter.Route route : PublicRoutesFilter.ROUTES) {
            Matcher m = route.pattern().matcher(path);
            if (m.matches()) {
                Map<String, String> params = new LinkedHashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    params.put(route.names().get(i), m.group(i + 1));
                }
                return Optional.of(new Target(route.view(), params));
            }
        }
        return Optional.empty();
    }

    @Test
    void regionPagesAreRouted() {
        assertEquals(new Target("/WEB-INF/views/region.xhtml", Map.of("region", "nuble")), route("/region/nuble").orElseThrow());
        assertEquals(Map.of("region", "arica-y-parinacota"), route("/region/arica-y-parinacota/").orElseThrow().params());
    }

    @Test
    void kindListingsAndPublicationsAreRoutedUnderTheirRegion() {
        Target listing = route("/region/nuble/noticias").orElseThrow();
        assertEquals("/WEB-INF/views/listing.xhtml", listing.view());
        assertEquals(Map.of("region", "nuble", "kind", "noticias"), listing.params());
        Target page = route("/region/nivel-central/documentos/informe-gt-2026").orElseThrow();
        assertEquals("/WEB-INF/views/publication.xhtml", page.view());
        assertEquals("informe-gt-2026", page.params().get("slug"));
    }

    @Test
    void otherPathsAreLeftAlone() {
        assertTrue(route("/region/").isEmpty());
        assertTrue(route("/region/nuble/a/b/c").isEmpty());
        assertTrue(route("/region/Ñuble").isEmpty(), "slugs are lower-case ASCII");
        assertTrue(route("/region/../WEB-INF/web.xml").isEmpty());
        assertTrue(route("/contacto").isEmpty());
    }
}
