package cl.gob.mintrab.canalregional.testsupport;

import cl.gob.mintrab.canalregional.security.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.util.Arrays;
import java.util.List;

/**
 * Lets client-side tests (HTTP and browser) create accounts with a known password:
 * {@code POST /__pruebas/cuenta?username=..&roles=EDITOR&regions=08,16}. Exists only in the test deployment and
 * answers only when the test environment says so (CANAL_TEST_FIXTURES=true).
 */
@WebServlet("/__pruebas/cuenta")
public class FixturesServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Fixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"true".equals(System.getenv("CANAL_TEST_FIXTURES"))) {
            response.sendError(404);
            return;
        }
        String username = request.getParameter("username");
        List<Role> roles = split(request.getParameter("roles")).stream().map(Role::valueOf).toList();
        List<String> regions = split(request.getParameter("regions"));
        List<Long> mesas = split(request.getParameter("mesas")).stream().map(Long::valueOf).toList();
        long id = fixtures.account(username, roles, regions, mesas);
        response.setContentType("text/plain");
        response.getWriter().print(id);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).toList();
    }
}
