package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.SecurityHeaders;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Jakarta Security's form login on our own Spanish page {@code /acceso}: the page calls
 * {@code SecurityContext.authenticate} with a {@link CanalCredential}, validated by {@link AccountIdentityStore};
 * the authentication then lives in the HTTP session ({@link AutoApplySession}). An anonymous request for a staff
 * page is sent to the login page, which returns to the requested page afterwards. That redirect leaves before any
 * filter runs, so the mechanism puts the security headers on it itself.
 */
@ApplicationScoped
@AutoApplySession
@DeclareRoles({Role.Names.ADMIN, Role.Names.CENTRAL, Role.Names.EDITOR, Role.Names.MESA_MEMBER})
public class CanalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/acceso";
    /** Session attribute: the staff page an anonymous user asked for, to return to it after login. */
    static final String REQUESTED_PAGE = "canal.login.requested";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(REQUESTED_PAGE,
                        request.getRequestURI().substring(request.getContextPath().length())
                                + (query == null ? "" : "?" + query));
            }
            // This response leaves before any filter runs: it carries the security headers itself.
            SecurityHeaders.apply(request, response);
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * The page to return to after login, if one was saved and it is a path of this site (never another host:
     * the value came from a request, so it is checked before use).
     */
    static String takeRequestedPage(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object page = session.getAttribute(REQUESTED_PAGE);
        session.removeAttribute(REQUESTED_PAGE);
        if (page instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && !path.startsWith(LOGIN_PAGE)) {
            return path;
        }
        return null;
    }
}
