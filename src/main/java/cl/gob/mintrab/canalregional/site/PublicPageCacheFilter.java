package cl.gob.mintrab.canalregional.site;

import cl.gob.mintrab.canalregional.support.CanalBuild;
import cl.gob.mintrab.canalregional.support.HttpCaching;
import cl.gob.mintrab.canalregional.support.PublicContentVersion;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves the public pages (home, regions, listings, publications, search, the fixed pages) from memory while the
 * public content has not changed, and answers conditional requests with 304. Only anonymous GET and HEAD
 * requests that render a 200 with no cookie are stored; the key is the URL, the content version (read from the
 * database at most once a second, {@link PublicContentVersion}) and the build. Each instance keeps its own copy:
 * nothing here is shared, and nothing stale survives a change made through another instance.
 */
@WebFilter(filterName = "PublicPageCacheFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PublicPageCacheFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The paths of the public pages; everything else (staff pages, files, feeds, resources) passes through. */
    static final Pattern CACHEABLE = Pattern.compile(
            "^/(|index|buscar|contacto|privacidad|accesibilidad|empleo|datos-abiertos"
                    + "|region/[a-z0-9-]{1,40}(/[a-z0-9-]{1,40}(/[a-z0-9-]{1,80})?)?/?"
                    + "|feeds/([a-z0-9-]{1,40}/){0,2}(rss|atom)\\.xml)$");

    static final String STATUS_HEADER = "X-Canal-Cache";

    @Inject
    PublicContentVersion contentVersion;

    @Inject
    CanalBuild build;

    @Inject
    @ConfigProperty(name = "canal.page-cache.max-entries", defaultValue = "2000")
    int maxEntries;

    @Inject
    @ConfigProperty(name = "canal.page-cache.max-mb", defaultValue = "64")
    int maxMegabytes;

    private volatile PublicPageCache cache;

    @Override
    public void init() {
        cache = new PublicPageCache(maxEntries, maxMegabytes * 1024L * 1024L);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (maxEntries <= 0 || !("GET".equals(method) || "HEAD".equals(method)) || request.getRemoteUser() != null
                || !CACHEABLE.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        long version = contentVersion.current().version();
        String key = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Optional<PublicPageCache.Page> hit = cache.get(version, key);
        if (hit.isPresent()) {
            response.setHeader(STATUS_HEADER, "HIT");
            send(request, response, hit.get());
            return;
        }
        if ("HEAD".equals(method)) {
            // the servlet discards the body of a HEAD: nothing to store
            chain.doFilter(request, response);
            return;
        }
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        if (capture.passedThrough) {
            return;
        }
        byte[] body = capture.body();
        boolean storable = capture.status == HttpServletResponse.SC_OK && !capture.setsCookie
                && capture.getContentType() != null && !response.isCommitted();
        if (!storable) {
            capture.replay();
            return;
        }
        PublicPageCache.Page page = new PublicPageCache.Page(body, capture.getContentType(), etag(version, body));
        cache.put(version, key, page);
        response.setHeader(STATUS_HEADER, "MISS");
        send(request, response, page);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, PublicPageCache.Page page)
            throws IOException {
        response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
        response.setHeader("Vary", "Cookie");
        if (HttpCaching.notModified(request, response, page.etag(), null)) {
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    private String etag(long version, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(build.getVersion().getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return "\"" + version + "-" + HexFormat.of().formatHex(digest.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds the body back; errors and redirects go straight to the real response. */
    private static final class CapturingResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private int status = SC_OK;
        private boolean setsCookie;
        private boolean passedThrough;

        CapturingResponse(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        /** Writes what was held back, unchanged, for a response that is not stored. */
        void replay() throws IOException {
            byte[] body = body();
            getResponse().setContentLength(body.length);
            getResponse().getOutputStream().write(body);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            passedThrough = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            passedThrough = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            passedThrough = true;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            setsCookie = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            noteCookie(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            noteCookie(name);
            super.addHeader(name, value);
        }

        private void noteCookie(String name) {
            if ("set-cookie".equals(name.toLowerCase(Locale.ROOT))) {
                setsCookie = true;
            }
        }

        @Override
        public void setContentLength(int len) {
            // the length is set when the held-back body is written
        }

        @Override
        public void setContentLengthLong(long len) {
            // idem
        }

        @Override
        public void flushBuffer() {
            // held back until the page is complete
        }

        @Override
        public boolean isCommitted() {
            return passedThrough && super.isCommitted();
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            buffer.reset();
            status = SC_OK;
            super.reset();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was already called");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() was already called");
            }
            if (writer == null) {
                String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(buffer, java.nio.charset.Charset.forName(encoding)));
            }
            return writer;
        }
    }
}
