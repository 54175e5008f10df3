package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageClassifierTest {

    private static PageClassifier.PageHit hit(String path) {
        return PageClassifier.classify(path).orElseThrow();
    }

    @Test
    void publicPagesAreClassifiedWithTheirRegionAndKind() {
        assertEquals(new PageClassifier.PageHit(PageType.HOME, null, null), hit("/"));
        assertEquals(new PageClassifier.PageHit(PageType.REGION, "nuble", null), hit("/region/nuble"));
        assertEquals(new PageClassifier.PageHit(PageType.LISTING, "nuble", "noticias"), hit("/region/nuble/noticias/"));
        assertEquals(new PageClassifier.PageHit(PageType.PUBLICATION, "biobio", "acuerdos"), hit("/region/biobio/acuerdos/mesa-forestal-2026"));
        assertEquals(new PageClassifier.PageHit(PageType.SEARCH, null, null), hit("/buscar"));
        assertEquals(new PageClassifier.PageHit(PageType.PAGE, null, null), hit("/privacidad"));
    }

    @Test
    void feedsAndDownloadsAreCounted() {
        assertEquals(new PageClassifier.PageHit(PageType.FEED, null, null), hit("/feeds/rss.xml"));
        assertEquals(new PageClassifier.PageHit(PageType.FEED, "nuble", null), hit("/feeds/nuble/atom.xml"));
        assertEquals(new PageClassifier.PageHit(PageType.FEED, "nuble", "noticias"), hit("/feeds/nuble/noticias/rss.xml"));
        assertEquals(new PageClassifier.PageHit(PageType.FEED, null, "noticias"), hit("/feeds/tipo/noticias/rss.xml"));
        assertEquals(new PageClassifier.PageHit(PageType.DOWNLOAD, null, null), hit("/archivos/12/informe.pdf"));
        assertEquals(new PageClassifier.PageHit(PageType.DOWNLOAD, "nuble", null), hit("/datos/nuble/cobertura.csv"));
        assertEquals(new PageClassifier.PageHit(PageType.PAGE, null, null), hit("/empleo"), "the national employment page");
        assertEquals(new PageClassifier.PageHit(PageType.PAGE, null, null), hit("/datos-abiertos"));
        assertEquals(new PageClassifier.PageHit(PageType.LISTING, "nuble", "empleo"), hit("/region/nuble/empleo"), "a region's Empleo section");
    }

    @Test
    void anOpenDataDownloadBelongsToTheRegionOfItsFilter() {
        Map<String, String> codes = Map.of("nuble", "16", "biobio", "08");
        assertEquals("16", PageClassifier.openDataRegion("nuble", codes), "by slug");
        assertEquals("08", PageClassifier.openDataRegion(" BioBio ", codes), "slugs compare in any case");
        assertEquals("16", PageClassifier.openDataRegion("16", codes), "by code");
        assertEquals("", PageClassifier.openDataRegion(null, codes), "the whole country");
        assertEquals("", PageClassifier.openDataRegion("atlantida", codes), "no such region");
        assertEquals("", PageClassifier.openDataRegion("99", codes), "no such code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/", "/admin/estadisticas/index", "/cuenta/clave", "/acceso", "/jakarta.faces.resource/css/site.css.xhtml",
            "/resources/canal/img/favicon.svg", "/robots.txt", "/sitemap.xml", "/region/Nuble", "/feeds/rss.json", ""})
    void everythingElseIsNotAPageView(String path) {
        assertEquals(Optional.empty(), PageClassifier.classify(path));
    }
}
