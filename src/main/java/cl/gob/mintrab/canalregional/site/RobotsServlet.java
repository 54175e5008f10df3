package cl.gob.mintrab.canalregional.site;

import cl.gob.mintrab.canalregional.support.PublicUrl;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;

/** {@code /robots.txt}: everything public may be indexed; the staff and account areas may not. */
@WebServlet(urlPatterns = "/robots.txt")
public class RobotsServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.getWriter().print("""
                User-agent: *
                Disallow: /admin/
                Disallow: /cuenta/
                Disallow: /acceso
                Disallow: /restablecer-clave
                Disallow: /buscar

                Sitemap: %s/sitemap.xml
                """.formatted(PublicUrl.base(request)));
    }
}
