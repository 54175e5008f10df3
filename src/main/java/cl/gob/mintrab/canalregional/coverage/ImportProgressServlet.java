package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.Texts;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.util.Optional;

/**
 * {@code /admin/importacion-progreso?id=<job>}: how far the current user's import check or import is, as JSON for
 * the progress bar of the import page (js/import-progress.js). Only the user who started the job sees it.
 */
@WebServlet(name = "ImportProgressServlet", urlPatterns = "/admin/importacion-progreso")
public class ImportProgressServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient ImportProgress progress;

    @Inject
    transient AccessPolicy access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Optional<ImportProgress.State> state = request.getRemoteUser() == null ? Optional.empty()
                : progress.find(request.getParameter("id"), access.currentActor().username());
        if (state.isEmpty()) {
            response.getWriter().write(Json.createObjectBuilder().add("fase", "ESPERANDO")
                    .add("texto", Texts.get("import_progress.waiting")).add("porcentaje", 0).build().toString());
            return;
        }
        ImportProgress.State s = state.get();
        String done = String.format(Formats.LOCALE, "%,d", s.done());
        String total = String.format(Formats.LOCALE, "%,d", s.total());
        response.getWriter().write(Json.createObjectBuilder()
                .add("fase", s.phase().name())
                .add("hechas", s.done())
                .add("total", s.total())
                .add("porcentaje", s.percent())
                .add("texto", Texts.get("import_progress." + s.phase().name(), done, total))
                .build().toString());
    }
}
