package cl.gob.mintrab.canalregional.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * HTTP validators: sets {@code ETag} and {@code Last-Modified} and answers a conditional GET with 304 Not
 * Modified when the reader's copy is current (If-None-Match first, If-Modified-Since otherwise, as RFC 9110 says).
 */
public final class HttpCaching {

    private HttpCaching() {
    }

    /**
     * @param etag the strong validator, quoted ({@code "v123"})
     * @return true when a 304 was sent and nothing else must be written
     */
    public static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag,
                                      Instant lastModified) {
        response.setHeader("ETag", etag);
        if (lastModified != null) {
            response.setDateHeader("Last-Modified", lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean fresh;
        if (ifNoneMatch != null) {
            fresh = "*".equals(ifNoneMatch.trim()) || Arrays.stream(ifNoneMatch.split(","))
                    .map(String::trim).map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(etag::equals);
        } else {
            long since = headerDate(request);
            fresh = lastModified != null && since >= 0
                    && lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli() <= since;
        }
        if (fresh && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    private static long headerDate(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unparseable) {
            return -1;
        }
    }
}
