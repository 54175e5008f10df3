package cl.gob.mintrab.canalregional.site;

import cl.gob.mintrab.canalregional.support.RouteParams;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public URLs that carry parameters in their path, e.g. {@code /region/nuble}, forwarded to the view (under WEB-INF, so never reachable without its route) that
 * renders them with the parameters as request attributes (read with {@link RouteParams#get}). Plain pages get
 * extensionless URLs from OmniFaces' FacesViews; this table holds only the parameterised ones, in one place.
 */
@WebFilter(filterName = "PublicRoutesFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PublicRoutesFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A URL pattern, the view that renders it and the names of the pattern's groups. */
    record Route(Pattern pattern, String view, List<String> names) {
        Route(String regex, String view, String... names) {
            this(Pattern.compile(regex), view, List.of(names));
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("^/region/([a-z0-9-]{1,40})/?$", "/WEB-INF/views/region.xhtml", "region"),
            // A region's employment data (coverage); before the listing route, which would take "empleo" for a kind.
            new Route("^/region/([a-z0-9-]{1,40})/empleo/?$", "/WEB-INF/views/region-empleo.xhtml", "region"),
            new Route("^/region/([a-z0-9-]{1,40})/([a-z0-9-]{1,40})/?$", "/WEB-INF/views/listing.xhtml", "region", "kind"),
            new Route("^/region/([a-z0-9-]{1,40})/([a-z0-9-]{1,40})/([a-z0-9-]{1,80})/?$", "/WEB-INF/views/publication.xhtml",
                    "region", "kind", "slug"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Route route : ROUTES) {
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches()) {
                for (int i = 0; i < route.names().size(); i++) {
                    request.setAttribute(RouteParams.ATTRIBUTE_PREFIX + route.names().get(i), matcher.group(i + 1));
                }
                request.getRequestDispatcher(route.view()).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

}
