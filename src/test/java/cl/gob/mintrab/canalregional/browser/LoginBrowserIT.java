package cl.gob.mintrab.canalregional.browser;

import cl.gob.mintrab.canalregional.testsupport.Browser;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import com.microsoft.playwright.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The first administrator's first login: forced password change, dashboard, logout; and a wrong password, which
 * gets the same Spanish message whether the account exists or not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT extends BrowserJourney {

    /** Set by the test harness (CANAL_ADMIN_PASSWORD in pom.xml). */
    private static final String INITIAL_ADMIN_PASSWORD = "Admin-de-prueba-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private String tryLogin(String username, String password) {
        page.navigate(url("/acceso"));
        page.locator("#form\\:username").fill(username);
        page.locator("#form\\:password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();
        page.locator(".messages li").first().waitFor();
        return page.locator(".messages").innerText().trim();
    }

    @Test
    void aWrongPasswordGetsTheSameSpanishMessageWhetherTheAccountExistsOrNot() {
        String existing = tryLogin("admin", "no-es-la-clave");
        String unknown = tryLogin("alguien-que-no-existe", "no-es-la-clave");
        assertEquals(existing, unknown);
        assertThat(page.locator(".messages")).containsText("No pudimos validar sus datos");
        assertThat(page).hasURL(url("/acceso"));
        Browser.assertNoAxeViolations(page);
        Browser.screenshot(page, "login-failed");
    }

    @Test
    void firstLoginForcesAPasswordChangeThenTheDashboardThenLogout() {
        page.navigate(url("/admin/"));
        assertThat(page).hasURL(url("/acceso"));
        assertThat(page.locator("h1")).hasText("Ingreso del personal");
        Browser.assertNoAxeViolations(page);
        page.locator("#form\\:username").fill("admin");
        page.locator("#form\\:password").fill(INITIAL_ADMIN_PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingresar")).click();

        assertThat(page).hasURL(url("/cuenta/clave"));
        assertThat(page.locator(".notice")).containsText("Antes de continuar");
        page.locator("#form\\:currentPassword").fill(INITIAL_ADMIN_PASSWORD);
        page.locator("#form\\:newPassword").fill("corta");
        page.locator("#form\\:confirmation").fill("corta");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cambiar contraseña")).click();
        assertThat(page.locator("#form\\:newPassword").locator("xpath=ancestor::div[contains(@class,'field')]"))
                .containsText("al menos 12 caracteres");
        Browser.assertNoAxeViolations(page);
        Browser.screenshot(page, "password-change-error");

        page.locator("#form\\:currentPassword").fill(INITIAL_ADMIN_PASSWORD);
        page.locator("#form\\:newPassword").fill("Mesa de trabajo regional 2026");
        page.locator("#form\\:confirmation").fill("Mesa de trabajo regional 2026");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cambiar contraseña")).click();

        assertThat(page).hasURL(url("/admin/"));
        assertThat(page.locator("h1")).hasText("Panel de administración");
        assertThat(page.locator(".messages")).containsText("Su contraseña fue cambiada");
        Browser.assertNoAxeViolations(page);
        Browser.screenshot(page, "admin-dashboard");

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerrar sesión")).click();
        assertThat(page).hasURL(url("/acceso?salida=1"));
        assertThat(page.locator(".notice")).hasText("Cerró su sesión.");
        page.navigate(url("/admin/"));
        assertThat(page).hasURL(url("/acceso"));
    }
}
