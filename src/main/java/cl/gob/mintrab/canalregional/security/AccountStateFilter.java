package cl.gob.mintrab.canalregional.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;

/**
 * On the staff pages: keeps private pages out of caches, loads the session's account once, and sends an account
 * with a pending obligation (first password change, second factor required by policy) to the page that settles
 * it before anything else.
 */
@WebFilter(filterName = "AccountStateFilter", urlPatterns = {"/admin/*", "/cuenta/*"})
public class AccountStateFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String CHANGE_PASSWORD = "/cuenta/clave";
    static final String SECOND_FACTOR = "/cuenta/dos-factores";

    @Inject
    SessionUser sessionUser;

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getUserPrincipal() != null && !request.getRequestURI().contains("/jakarta.faces.resource/")) {
            if (!sessionUser.isLoaded()) {
                accounts.findSessionInfo().ifPresent(sessionUser::setInfo);
            }
            SessionInfo info = sessionUser.getInfo();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (info != null && info.mustChangePassword() && !path.startsWith(CHANGE_PASSWORD)) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
                return;
            }
            if (info != null && !info.mustChangePassword() && info.totpSetupRequired() && !path.startsWith(SECOND_FACTOR)) {
                response.sendRedirect(request.getContextPath() + SECOND_FACTOR);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
