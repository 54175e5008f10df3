package cl.gob.mintrab.canalregional.testsupport;

import cl.gob.mintrab.canalregional.security.CanalCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Logs a user in for the rest of an in-container test, through the real Jakarta Security mechanism and identity
 * store (the test runs inside an HTTP request of Arquillian's servlet), so services see that user as the caller.
 */
@RequestScoped
public class TestLogin {

    @Inject
    HttpServletRequest request;

    @Inject
    SecurityContext securityContext;

    public void as(String username) {
        as(username, Fixtures.PASSWORD);
    }

    public void as(String username, String password) {
        logout();
        AuthenticationStatus status = securityContext.authenticate(request, noResponse(),
                AuthenticationParameters.withParams().credential(new CanalCredential(username, password, null))
                        .newAuthentication(true));
        assertEquals(AuthenticationStatus.SUCCESS, status, "login of " + username);
    }

    public void logout() {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mechanism only sets headers on the response during a credential login; nothing is sent. */
    private static HttpServletResponse noResponse() {
        return (HttpServletResponse) Proxy.newProxyInstance(TestLogin.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> {
                    Class<?> type = method.getReturnType();
                    if (type == boolean.class) {
                        return false;
                    }
                    if (type == int.class) {
                        return 0;
                    }
                    if (type == long.class) {
                        return 0L;
                    }
                    return null;
                });
    }
}
