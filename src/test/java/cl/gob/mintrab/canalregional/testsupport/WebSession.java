package cl.gob.mintrab.canalregional.testsupport;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A browser-like HTTP conversation with cookies, for tests that craft requests by hand: it can log in through the
 * real login form and then ask for whatever an attacker with that account would ask for.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URL base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public WebSession(URL base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) {
        return Http.sendWith(client, HttpRequest.newBuilder(Http.resolve(base, path)).GET().build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Http.sendWith(client, HttpRequest.newBuilder(Http.resolve(base, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Logs in through the login form; fails the test unless the portal answers with a redirect away from it. */
    public void login(String username, String password) {
        HttpResponse<String> page = get("/acceso");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("form", "form");
        fields.put("form:username", username);
        fields.put("form:password", password);
        fields.put("form:submit", "");
        fields.putAll(formState(page.body()));
        HttpResponse<String> result = postForm("/acceso", fields);
        assertEquals(302, result.statusCode(), "login of " + username + ": " + result.body());
        assertTrue(!result.headers().firstValue("Location").orElse("").contains("/acceso"), "login refused");
    }

    /** What a page's own script would send with a form: the view state and PrimeFaces' CSP nonce. */
    public static Map<String, String> formState(String html) {
        Matcher state = VIEW_STATE.matcher(html);
        assertTrue(state.find(), "the page has a form with a view state");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.ViewState", state.group(1));
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return fields;
    }

    public URI uri(String path) {
        return Http.resolve(base, path);
    }
}
