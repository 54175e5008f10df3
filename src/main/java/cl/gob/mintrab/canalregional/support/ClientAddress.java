package cl.gob.mintrab.canalregional.support;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address for login throttling and the audit of authentication events. Behind a reverse proxy set
 * {@code CANAL_TRUST_FORWARDED_FOR=true} so the first address of X-Forwarded-For is used; otherwise that header is
 * ignored (a client could forge it).
 */
public final class ClientAddress {

    private static final boolean TRUST_FORWARDED = Boolean.parseBoolean(
            System.getenv().getOrDefault("CANAL_TRUST_FORWARDED_FOR", System.getProperty("canal.trust-forwarded-for", "false")));

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        if (TRUST_FORWARDED) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        return request.getRemoteAddr();
    }
}
