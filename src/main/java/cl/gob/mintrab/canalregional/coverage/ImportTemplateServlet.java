package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.BinaryResponses;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /admin/plantillas/<conjunto>.<csv|xlsx>?region=NN}: the import template of a dataset, with the codes of
 * the region's comunas. Under /admin, so only staff get it (web.xml).
 */
@WebServlet(name = "ImportTemplateServlet", urlPatterns = "/admin/plantillas/*")
public class ImportTemplateServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern FILE = Pattern.compile("^/([a-z]+)\\.(csv|xlsx)$");

    @Inject
    transient ReferenceData reference;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Dataset> dataset = m.matches() ? Dataset.fromSlug(m.group(1)) : Optional.empty();
        if (dataset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<RegionSummary> region = reference.region(request.getParameter("region"));
        String name = "plantilla-" + dataset.get().slug() + region.map(r -> "-" + r.slug()).orElse("");
        response.setHeader("Cache-Control", "private, no-store");
        if ("csv".equals(m.group(2))) {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            response.getOutputStream().write(ImportTemplates.csv(dataset.get()));
            return;
        }
        BinaryResponses.contentType(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
        ImportTemplates.xlsx(dataset.get(), region.map(RegionSummary::name).orElse(null),
                reference.programmeRefs().values(),
                region.map(r -> reference.comunasOf(r.code())).orElse(java.util.List.of()), response.getOutputStream());
    }
}
