package cl.gob.mintrab.canalregional.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for tests that look at the portal as a reader's browser would (no cookies kept). */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(URL base, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(base, path)).GET().timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Creates an account with {@link Fixtures#PASSWORD} through the test deployment's fixtures servlet. */
    public static String createAccount(URL base, String prefix, String roles, String regions) {
        String username = Fixtures.uniqueUsername(prefix);
        HttpResponse<String> response = send(HttpRequest.newBuilder(resolve(base, "/__pruebas/cuenta?username=" + username
                        + "&roles=" + roles + "&regions=" + (regions == null ? "" : regions)))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("fixture account not created: " + response.statusCode());
        }
        return username;
    }

    public static HttpResponse<String> send(HttpRequest request) {
        return sendWith(CLIENT, request);
    }

    static HttpResponse<String> sendWith(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static URI resolve(URL base, String path) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return URI.create(root + path);
    }
}
