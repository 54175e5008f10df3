package cl.gob.mintrab.canalregional.testsupport;

import cl.gob.mintrab.canalregional.stats.StatsJobs;
import cl.gob.mintrab.canalregional.stats.VisitRecorder;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;

/**
 * Lets client-side tests write the queued page views and roll them up at once instead of waiting for the timers:
 * {@code POST /__pruebas/estadisticas} answers "written rolled". Test deployment only, and only when
 * CANAL_TEST_FIXTURES=true.
 */
@WebServlet("/__pruebas/estadisticas")
public class StatsFixturesServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    VisitRecorder recorder;

    @Inject
    StatsJobs jobs;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"true".equals(System.getenv("CANAL_TEST_FIXTURES"))) {
            response.sendError(404);
            return;
        }
        long written = recorder.flush();
        int rolled = jobs.rollUp();
        response.setContentType("text/plain");
        response.getWriter().print(written + " " + rolled);
    }
}
