package cl.gob.mintrab.canalregional.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response carries. Applied by {@link SecurityHeadersFilter} and, for the responses
 * the container produces before any filter runs (redirects to the login page), by the authentication mechanism.
 */
public final class SecurityHeaders {

    /** Same directives as the pages' policy (web.xml, primefaces.CSP_POLICY), without script nonces. */
    public static final String DEFAULT_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "script-src 'self'";
    public static final String CSP = "Content-Security-Policy";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP, DEFAULT_CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The legacy XSS auditor is switched off explicitly (it caused leaks of its own); CSP does that job.
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
