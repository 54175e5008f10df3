package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.support.BinaryResponses;
import cl.gob.mintrab.canalregional.support.HttpCaching;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves attachments: {@code /archivos/<id>/<name>} and image variants {@code /archivos/<id>/<width>/<name>}.
 * The content type is the one detected at upload; PDFs and images open in the browser, the rest download; the
 * file name is sent both as ASCII and UTF-8 (RFC 6266). Unpublished files answer 404 unless the reader may see
 * drafts of that region.
 */
@WebServlet(urlPatterns = "/archivos/*")
public class AttachmentServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/(\\d{1,18})(?:/(\\d{3,4}))?/[^/]+$");

    @Inject
    AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<AttachmentService.Download> found = m.matches()
                ? attachments.open(Long.parseLong(m.group(1)), m.group(2) == null ? null : Integer.valueOf(m.group(2)))
                : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentService.Download file = found.get();
        response.setHeader("Cache-Control", file.isPublic() ? "public, max-age=86400" : "private, no-store");
        if (HttpCaching.notModified(request, response, "\"" + file.sha256() + "\"", null)) {
            return;
        }
        BinaryResponses.contentType(response, file.contentType());
        response.setContentLengthLong(file.size());
        boolean inline = file.contentType().startsWith("image/") || file.contentType().equals("application/pdf");
        response.setHeader("Content-Disposition", contentDisposition(inline, file.fileName()));
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(file.path(), out);
        }
    }

    /** RFC 6266: an ASCII fallback name and the exact UTF-8 name. */
    static String contentDisposition(boolean inline, String fileName) {
        String ascii = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
