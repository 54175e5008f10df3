package cl.gob.mintrab.canalregional.browser;

import cl.gob.mintrab.canalregional.testsupport.Browser;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.Http;
import cl.gob.mintrab.canalregional.testsupport.TestDatabaseSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The publishing journey in a real browser: an editor of Ñuble writes a news item with a list, an image and a
 * PDF, and sends it to review; a central reviewer approves it; readers find it on the region page, in search and
 * in the feed. And a form sent empty: every problem next to its field, nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishingBrowserIT extends BrowserJourney {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private void login(String username) {
        page.navigate(url("/acceso"));
        page.locator("#form\\:username").fill(username);
        page.locator("#form\\:password").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
        assertThat(page).hasURL(url("/admin/"));
    }

    private void logout() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerrar sesión")).click();
        assertThat(page).hasURL(url("/acceso?salida=1"));
    }

    private Locator field(String id) {
        return page.locator("#form\\:" + id).locator("xpath=ancestor::div[contains(@class,'field')][1]");
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x006FB3));
        g.fillRect(0, 0, 1000, 600);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void anEditorWritesAReviewerApprovesAndReadersFindIt() throws Exception {
        String editor = Http.createAccount(base, "editor", "EDITOR", "16");
        String reviewer = Http.createAccount(base, "central", "CENTRAL", "");
        String word = "Quinchamalí" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Feria de artesanía y empleo en " + word;

        login(editor);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Publicaciones").setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText("Publicaciones");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nueva publicación")).click();
        assertThat(page.locator("h1")).hasText("Nueva publicación");
        Browser.assertNoAxeViolations(page);

        page.locator("#form\\:title").fill(title);
        page.locator("#form\\:lead").fill("Artesanas de " + word + " y la OMIL de Chillán ofrecieron empleos de temporada.");
        Locator body = page.locator("#form\\:body .ql-editor");
        body.click();
        page.keyboard().type("La feria reunió a artesanas y empleadores de la provincia.");
        page.keyboard().press("Enter");
        page.locator("#form\\:body_toolbar button.ql-list[value=bullet]").click();
        page.keyboard().type("Cerámica");
        page.keyboard().press("Enter");
        page.keyboard().type("Ofertas de empleo");
        page.locator("#form\\:tags_input").fill("artesanía");
        page.keyboard().press("Enter");

        page.locator("#form\\:image_input").setInputFiles(new FilePayload("feria.png", "image/png", png()));
        assertThat(page.locator(".messages")).containsText("Se subió «feria.png»");
        page.locator("#form\\:imageAlt").fill("Puesto de cerámica negra en la feria");
        page.locator("#form\\:attachments_input").setInputFiles(new FilePayload("programa.pdf", "application/pdf", pdf()));
        assertThat(page.locator(".attachment-list")).containsText("programa.pdf");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear borrador")).click();
        assertThat(page.locator(".messages")).containsText("Se creó el borrador");
        assertThat(page.locator(".state-box")).containsText("Borrador");
        Browser.assertNoAxeViolations(page);
        Browser.screenshot(page, "publication-editor");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar a revisión")).click();
        assertThat(page.locator(".messages")).containsText("Se envió a revisión");
        assertThat(page.locator(".state-box")).containsText("En revisión");
        String search = "/buscar?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!Http.get(base, search).body().contains(title), "not public while in review");
        logout();

        login(reviewer);
        Locator toReview = page.locator("#to-review-title").locator("xpath=..");
        assertThat(toReview).containsText(title);
        toReview.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
        Page preview = context.waitForPage(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vista previa")).click());
        assertThat(preview.locator("article h1")).hasText(title);
        assertThat(preview.locator(".publication__body ul li")).hasCount(2);
        Browser.assertNoAxeViolations(preview);
        Browser.screenshot(preview, "publication-preview");
        preview.close();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aprobar y publicar")).click();
        assertThat(page.locator(".messages")).containsText("Publicación aprobada");
        assertThat(page.locator(".state-box")).containsText("Publicada");
        logout();

        page.navigate(url("/region/nuble"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).first().click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".publication__body ul li").first()).hasText("Cerámica");
        assertThat(page.locator(".publication__image img")).hasAttribute("alt", "Puesto de cerámica negra en la feria");
        assertThat(page.locator(".attachments")).containsText("programa.pdf");
        assertThat(page.locator(".tags")).containsText("artesanía");
        Browser.assertNoAxeViolations(page);
        Browser.screenshot(page, "publication-public");

        page.navigate(url("/buscar?q=" + word.toLowerCase().replace("í", "i")));
        assertThat(page.locator(".result-list")).containsText(title);
        Browser.assertNoAxeViolations(page);
        assertTrue(Http.get(base, "/feeds/nuble/noticias/rss.xml").body().contains(title), "in the region's news feed");
    }

    @Test
    void anEmptyFormShowsEveryProblemNextToItsFieldAndSavesNothing() throws Exception {
        String editor = Http.createAccount(base, "editor", "EDITOR", "16");
        long before = TestDatabaseSession.sql().count("SELECT COUNT(*) FROM publication");
        login(editor);
        page.navigate(url("/admin/publicaciones/editar"));
        page.locator("#form\\:slug").fill("Con Mayúsculas!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Crear borrador")).click();
        assertThat(field("title")).containsText("Escriba el título");
        assertThat(field("lead")).containsText("Escriba la bajada");
        assertThat(field("body")).containsText("Escriba el texto");
        assertThat(field("slug")).containsText("La dirección solo admite");
        assertThat(page.locator("#form\\:slug")).hasValue("Con Mayúsculas!");
        assertThat(page.locator("#form\\:title")).hasAttribute("aria-invalid", "true");
        Browser.assertNoAxeViolations(page);
        Browser.screenshot(page, "publication-editor-errors");
        assertEquals(before, TestDatabaseSession.sql().count("SELECT COUNT(*) FROM publication"));
    }
}
