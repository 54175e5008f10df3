package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Http;
import cl.gob.mintrab.canalregional.testsupport.Sql;
import cl.gob.mintrab.canalregional.testsupport.TestDatabaseSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public face of publishing over HTTP, on the demo content: pages, feeds, sitemap, links of the old site,
 * files, and the page cache with its validators. Drafts, items in review and scheduled items never show.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishingHttpIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private static Sql sql() {
        return TestDatabaseSession.sql();
    }

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Titles of publications the public must not see: never published (draft, in review, scheduled), and not the
     * title of some published item too.
     */
    private static List<String> unpublishedTitles() throws Exception {
        List<String> titles = sql().column("SELECT r.title FROM publication p JOIN publication_revision r ON r.id = "
                + "COALESCE(p.draft_revision_id, p.published_revision_id) WHERE p.first_published_at IS NULL "
                + "AND r.title NOT IN (SELECT title FROM published_item)");
        assertTrue(titles.size() > 10, "the demo content has drafts, items in review and scheduled items");
        return titles;
    }

    @Test
    void aPublishedItemHasItsPageAndWhatIsNotPublishedHasNone() throws Exception {
        List<List<String>> live = sql().rows("SELECT r.slug, p.kind, i.slug, i.title FROM published_item i "
                + "JOIN publication p ON p.id = i.publication_id JOIN region r ON r.code = i.region_code "
                + "WHERE i.image_id IS NOT NULL LIMIT 1");
        List<String> item = live.get(0);
        String path = "/region/" + item.get(0) + "/" + PublicationKind.valueOf(item.get(1)).getSlug() + "/" + item.get(2);
        HttpResponse<String> page = Http.get(base, path);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(item.get(3).replace("\"", "&quot;")), "the page shows the title");
        assertTrue(page.body().contains("property=\"og:title\""));

        List<List<String>> hidden = sql().rows("SELECT r.slug, p.kind, p.slug FROM publication p JOIN region r ON "
                + "r.code = p.region_code WHERE p.first_published_at IS NULL LIMIT 3");
        assertFalse(hidden.isEmpty(), "the demo content has drafts, items in review and scheduled items");
        for (List<String> h : hidden) {
            String hiddenPath = "/region/" + h.get(0) + "/" + PublicationKind.valueOf(h.get(1)).getSlug() + "/" + h.get(2);
            assertEquals(404, Http.get(base, hiddenPath).statusCode(), hiddenPath);
        }
    }

    @Test
    void feedsAreValidXmlWithTheNewestPublishedItemsOnly() throws Exception {
        for (String feed : List.of("/feeds/rss.xml", "/feeds/atom.xml", "/feeds/nuble/rss.xml", "/feeds/nuble/noticias/atom.xml",
                "/feeds/tipo/documentos/rss.xml")) {
            HttpResponse<String> response = Http.get(base, feed);
            assertEquals(200, response.statusCode(), feed);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("xml"), feed);
            Document doc = xml(response.body());
            int items = doc.getElementsByTagName("item").getLength() + doc.getElementsByTagNameNS("*", "entry").getLength();
            assertTrue(items > 0, "items in " + feed);
            for (String title : unpublishedTitles()) {
                assertFalse(response.body().contains(title), "unpublished '" + title + "' in " + feed);
            }
        }
        assertEquals(404, Http.get(base, "/feeds/no-existe/rss.xml").statusCode());
    }

    @Test
    void searchFindsPublishedItemsWithOrWithoutAccentsAndNeverDrafts() throws Exception {
        HttpResponse<String> accented = Http.get(base, "/buscar?q=" + URLEncoder.encode("capacitación", StandardCharsets.UTF_8));
        HttpResponse<String> plain = Http.get(base, "/buscar?q=capacitacion");
        assertEquals(200, accented.statusCode());
        assertTrue(accented.body().contains("resultados para «capacitación»"), "the query comes back as typed");
        String count = plain.body().replaceAll("(?s).*?([0-9.]+) resultados para.*", "$1");
        assertTrue(accented.body().contains(count + " resultados para"), "accents do not change the results");
        for (String title : unpublishedTitles()) {
            HttpResponse<String> search = Http.get(base, "/buscar?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
            assertFalse(search.body().contains(">" + title + "<"), "unpublished '" + title + "' found by search");
        }
    }

    @Test
    void theEnyeIsALetterOfItsOwnInSearch() throws Exception {
        String withEnye = "(?s).*[0-9.]+ resultados? para «campaña».*";
        assertTrue(sql().count("SELECT COUNT(*) FROM published_item WHERE CONCAT(title, ' ', lead, ' ', body_text) "
                + "COLLATE utf8mb4_bin LIKE '%campaña%'") > 0, "the demo content speaks of a campaña");
        assertEquals(0, sql().count("SELECT COUNT(*) FROM published_item WHERE CONCAT(title, ' ', lead, ' ', body_text) "
                + "COLLATE utf8mb4_bin LIKE '%campana%'"), "and of no campana (bell)");
        HttpResponse<String> enye = Http.get(base, "/buscar?q=" + URLEncoder.encode("campaña", StandardCharsets.UTF_8));
        assertTrue(enye.body().matches(withEnye), "campaña is found");
        HttpResponse<String> plainN = Http.get(base, "/buscar?q=campana");
        assertEquals(200, plainN.statusCode());
        assertTrue(plainN.body().contains("Sin resultados"), "campana is another word: it must not find campaña");
    }

    @Test
    void wordsTooShortToSearchAreNamedOnTheResultsPage() throws Exception {
        HttpResponse<String> search = Http.get(base, "/buscar?q=" + URLEncoder.encode("xq de capacitación", StandardCharsets.UTF_8));
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("muy comunes: xq, de."), "the ignored words are listed");
        assertFalse(search.body().contains(": null"), "never an empty value");
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void theApiListsPublishedItemsPageByPageWithTheirFiltersAndNothingElse() throws Exception {
        long expected = sql().count("SELECT COUNT(*) FROM published_item WHERE region_code = '16' AND kind = 'NOTICIA'");
        assertTrue(expected > 3, "the demo content has news of Ñuble");
        HttpResponse<String> first = Http.get(base, "/api/v1/publicaciones?region=nuble&tipo=noticias&por_pagina=3");
        assertEquals(200, first.statusCode());
        JsonObject page = json(first);
        assertEquals(expected, page.getJsonNumber("total").longValue(), "every published news item of Ñuble, no draft");
        JsonArray items = page.getJsonArray("publicaciones");
        assertEquals(3, items.size());
        for (JsonObject item : items.getValuesAs(JsonObject.class)) {
            assertEquals("nuble", item.getString("region"));
            assertEquals("noticias", item.getString("tipo"));
            assertTrue(item.getString("url").contains("/region/nuble/noticias/"));
        }
        assertTrue(first.headers().firstValue("Link").orElse("").contains("rel=\"next\""));
        String firstTitle = items.getJsonObject(0).getString("titulo");
        JsonObject second = json(Http.get(base, "/api/v1/publicaciones?region=16&tipo=noticias&por_pagina=3&pagina=2"));
        assertFalse(second.getJsonArray("publicaciones").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("titulo").equals(firstTitle) && i.getString("slug")
                        .equals(items.getJsonObject(0).getString("slug"))), "the second page goes on where the first ended");

        String year = sql().column("SELECT MAX(YEAR(first_published_at)) FROM published_item WHERE region_code = '16'").get(0);
        long inYear = sql().count("SELECT COUNT(*) FROM published_item WHERE region_code = '16' "
                + "AND first_published_at >= ? AND first_published_at < ?", year + "-01-01 03:00:00", (Integer.parseInt(year) + 1) + "-01-01 03:00:00");
        JsonObject dated = json(Http.get(base, "/api/v1/publicaciones?region=nuble&desde=" + year + "-01-01&hasta=" + year + "-12-31"));
        assertEquals(inYear, dated.getJsonNumber("total").longValue(), "first published in that year, Chile's days");

        String path = items.getJsonObject(0).getString("api").replaceAll("^https?://[^/]+", "");
        JsonObject one = json(Http.get(base, path));
        assertEquals(firstTitle, one.getString("titulo"));
        assertFalse(one.getString("texto_html").contains("<script"), "the body is the sanitised HTML");

        for (String title : unpublishedTitles()) {
            assertFalse(Http.get(base, "/api/v1/publicaciones?por_pagina=100").body().contains(title), "unpublished '" + title + "'");
        }
        List<List<String>> hidden = sql().rows("SELECT r.slug, p.kind, p.slug FROM publication p JOIN region r ON "
                + "r.code = p.region_code WHERE p.first_published_at IS NULL LIMIT 1");
        HttpResponse<String> draft = Http.get(base, "/api/v1/publicaciones/" + hidden.get(0).get(0) + "/"
                + PublicationKind.valueOf(hidden.get(0).get(1)).getSlug() + "/" + hidden.get(0).get(2));
        assertEquals(404, draft.statusCode(), "a draft has no API address");
        assertTrue(json(draft).getString("error").startsWith("No se encontró"));

        HttpResponse<String> badRegion = Http.get(base, "/api/v1/publicaciones?region=atlantida");
        assertEquals(400, badRegion.statusCode());
        assertTrue(json(badRegion).getString("error").contains("La región «atlantida» no existe"));
        assertEquals(400, Http.get(base, "/api/v1/publicaciones?desde=2026-13-01").statusCode());
        assertEquals(400, Http.get(base, "/api/v1/publicaciones?tipo=memes").statusCode());
        assertEquals(400, Http.get(base, "/api/v1/publicaciones?por_pagina=1000").statusCode());
        assertTrue(Http.get(base, "/openapi").body().contains("/api/v1/publicaciones"), "described in OpenAPI");
    }

    @Test
    void theSitemapListsEveryPublishedItemAndRobotsPointsToIt() throws Exception {
        HttpResponse<String> sitemap = Http.get(base, "/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        Document doc = xml(sitemap.body());
        long published = sql().count("SELECT COUNT(*) FROM published_item");
        assertTrue(doc.getElementsByTagNameNS("*", "url").getLength() >= published);
        assertTrue(Http.get(base, "/robots.txt").body().contains("Sitemap: "));
    }

    @Test
    void linksOfTheOldSiteRedirectPermanently() throws Exception {
        List<String> legacy = sql().rows("SELECT p.legacy_slug, r.name, r.slug, p.kind, p.slug FROM publication p "
                + "JOIN region r ON r.code = p.region_code WHERE p.legacy_slug IS NOT NULL AND p.public_state = 'PUBLICADO' LIMIT 1").get(0);
        String oldRegion = legacy.get(1).replace(' ', '_');
        HttpResponse<String> item = Http.get(base, "/pgm/CanalRegional/" + URLEncoder.encode(oldRegion, StandardCharsets.UTF_8)
                + "/" + legacy.get(0) + ".html");
        assertEquals(301, item.statusCode());
        assertEquals("/region/" + legacy.get(2) + "/" + PublicationKind.valueOf(legacy.get(3)).getSlug() + "/" + legacy.get(4),
                item.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        HttpResponse<String> unknownItem = Http.get(base, "/pgm/CanalRegional/VIII-Region/algo-que-ya-no-existe.html");
        assertEquals("/region/biobio", unknownItem.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        HttpResponse<String> unknown = Http.get(base, "/pgm/otra/cosa");
        assertEquals(301, unknown.statusCode());
        assertEquals("/", unknown.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void publicPagesComeFromTheCacheUntilSomethingPublicChanges() throws Exception {
        Http.get(base, "/region/maule");
        HttpResponse<String> second = Http.get(base, "/region/maule");
        assertEquals("HIT", second.headers().firstValue("X-Canal-Cache").orElse(""));
        String etag = second.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> conditional = Http.get(base, "/region/maule", "If-None-Match", etag);
        assertEquals(304, conditional.statusCode());
        assertEquals("", conditional.body());

        sql().execute("UPDATE content_version SET version = version + 1, changed_at = UTC_TIMESTAMP(3) WHERE id = 1");
        Thread.sleep(1100); // each instance re-reads the version at most once a second
        HttpResponse<String> after = Http.get(base, "/region/maule", "If-None-Match", etag);
        assertEquals(200, after.statusCode(), "a change anywhere invalidates the cached pages");
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(withoutNonces(second.body()), withoutNonces(after.body()), "the same page, rendered again");

        Http.get(base, "/feeds/maule/rss.xml");
        HttpResponse<String> feed = Http.get(base, "/feeds/maule/rss.xml");
        assertEquals("HIT", feed.headers().firstValue("X-Canal-Cache").orElse(""), "feeds too");
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
    }

    /** The nonce PrimeFaces puts on script tags changes on every render (the cached copy is served without it). */
    private static String withoutNonces(String html) {
        return html.replaceAll(" nonce=\"[^\"]*\"", "");
    }

    @Test
    void filesOfPublishedItemsAreServedWithTheirType() throws Exception {
        List<String> pdf = sql().rows("SELECT a.id, a.file_name FROM attachment a JOIN revision_attachment ra ON "
                + "ra.attachment_id = a.id JOIN publication p ON p.published_revision_id = ra.revision_id "
                + "WHERE p.public_state = 'PUBLICADO' AND a.format = 'PDF' LIMIT 1").get(0);
        HttpResponse<String> file = Http.get(base, "/archivos/" + pdf.get(0) + "/" + pdf.get(1));
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertTrue(file.body().startsWith("%PDF-"));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}
