package cl.gob.mintrab.canalregional.site;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicPageCacheTest {

    private static PublicPageCache.Page page(int bytes) {
        return new PublicPageCache.Page(new byte[bytes], "text/html;charset=UTF-8", "\"e" + bytes + "\"");
    }

    @Test
    void aPageIsServedOnlyForTheContentVersionItWasRenderedFor() {
        PublicPageCache cache = new PublicPageCache(10, 1_000_000);
        cache.put(5, "/", page(100));
        assertTrue(cache.get(5, "/").isPresent());
        assertTrue(cache.get(6, "/").isEmpty(), "a newer version never gets an older page");
        cache.put(6, "/region/nuble", page(100));
        assertTrue(cache.get(5, "/").isEmpty(), "a new version drops every older page");
        assertEquals(1, cache.size());
    }

    @Test
    void aSlowRenderOfAnOlderVersionDoesNotReplaceNewerPages() {
        PublicPageCache cache = new PublicPageCache(10, 1_000_000);
        cache.put(7, "/", page(100));
        cache.put(6, "/region/maule", page(100));
        assertTrue(cache.get(7, "/").isPresent());
        assertTrue(cache.get(6, "/region/maule").isEmpty());
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenCountOrBytesRunOut() {
        PublicPageCache cache = new PublicPageCache(3, 1_000_000);
        for (String key : List.of("/a", "/b", "/c")) {
            cache.put(1, key, page(10));
        }
        cache.get(1, "/a");
        cache.put(1, "/d", page(10));
        assertTrue(cache.get(1, "/a").isPresent());
        assertFalse(cache.get(1, "/b").isPresent(), "the least recently used is dropped");

        PublicPageCache small = new PublicPageCache(100, 8000);
        for (int i = 0; i < 10; i++) {
            small.put(1, "/p" + i, page(900));
        }
        assertTrue(small.bytes() <= 8000);
        assertTrue(small.get(1, "/p9").isPresent());
        small.put(1, "/huge", page(2000));
        assertTrue(small.get(1, "/huge").isEmpty(), "a page larger than an eighth of the cache is not kept");
    }

    @Test
    void onlyPublicPagesAreCacheable() {
        for (String path : List.of("/", "/index", "/buscar", "/region/nuble", "/region/nuble/noticias",
                "/region/nuble/noticias/feria-laboral", "/contacto", "/region/nuble/empleo", "/empleo", "/datos-abiertos",
                "/feeds/rss.xml", "/feeds/nuble/atom.xml", "/feeds/nuble/noticias/rss.xml", "/feeds/tipo/documentos/rss.xml")) {
            assertTrue(PublicPageCacheFilter.CACHEABLE.matcher(path).matches(), path);
        }
        for (String path : List.of("/admin/", "/admin/publicaciones/editar", "/acceso", "/cuenta/index", "/archivos/1/a.pdf",
                "/feeds/a/b/c/rss.xml", "/feeds/rss.json", "/datos/cobertura.csv", "/api/v1/publicaciones",
                "/jakarta.faces.resource/site.css.xhtml", "/region/nuble/a/b/c")) {
            assertFalse(PublicPageCacheFilter.CACHEABLE.matcher(path).matches(), path);
        }
    }
}
