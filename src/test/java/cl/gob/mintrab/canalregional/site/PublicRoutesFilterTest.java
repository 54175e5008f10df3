package cl.gob.mintrab.canalregional.site;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicRoutesFilterTest {

    private static Optional<String> regionOf(String path) {
        for (PublicRoutesFilter.Route route : PublicRoutesFilter.ROUTES) {
            Matcher m = route.pattern().matcher(path);
            if (m.matches() && route.names().contains("region")) {
                return Optional.of(m.group(route.names().indexOf("region") + 1));
            }
        }
        return Optional.empty();
    }

    @Test
    void regionPagesAreRouted() {
        assertEquals(Optional.of("nuble"), regionOf("/region/nuble"));
        assertEquals(Optional.of("arica-y-parinacota"), regionOf("/region/arica-y-parinacota/"));
        assertEquals(Optional.of("nivel-central"), regionOf("/region/nivel-central"));
    }

    @Test
    void otherPathsAreLeftAlone() {
        assertTrue(regionOf("/region/").isEmpty());
        assertTrue(regionOf("/region/nuble/otra-cosa").isEmpty());
        assertTrue(regionOf("/region/Ñuble").isEmpty(), "slugs are lower-case ASCII");
        assertTrue(regionOf("/region/../WEB-INF/web.xml").isEmpty());
        assertTrue(regionOf("/contacto").isEmpty());
    }
}
