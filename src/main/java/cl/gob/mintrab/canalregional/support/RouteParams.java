package cl.gob.mintrab.canalregional.support;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The parameters of a public URL with parameters in its path (/region/nuble/noticias/...), as the public routes
 * filter stores them in request attributes before forwarding to the view that renders the page.
 */
public final class RouteParams {

    public static final String ATTRIBUTE_PREFIX = "canal.route.";

    private RouteParams() {
    }

    public static Optional<String> get(HttpServletRequest request, String name) {
        return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE_PREFIX + name));
    }
}
