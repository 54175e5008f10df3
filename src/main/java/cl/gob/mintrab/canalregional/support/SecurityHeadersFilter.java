package cl.gob.mintrab.canalregional.support;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.Serial;

/**
 * Puts {@link SecurityHeaders} on every response. Faces pages get their Content-Security-Policy from PrimeFaces
 * (with a per-request script nonce, configured in web.xml); every other response (resources, files, feeds, API,
 * error pages) keeps the default policy, which a page's own policy replaces instead of being added to.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;


    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        chain.doFilter(request, new PolicyReplacingResponse(response));
    }

    /** Lets a page's own policy (PrimeFaces adds its nonce) replace the default one instead of adding a second. */
    private static final class PolicyReplacingResponse extends HttpServletResponseWrapper {

        PolicyReplacingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
