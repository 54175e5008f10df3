package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.api.BadFilterException;
import cl.gob.mintrab.canalregional.support.BinaryResponses;
import cl.gob.mintrab.canalregional.support.PublicUrl;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.region.RegionService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open data at stable URLs: {@code /datos/<conjunto>.<csv|xlsx|json>} with the filters of the pages as query
 * parameters ({@code region}, {@code desde}, {@code hasta}, {@code periodo}, {@code programa}, {@code comuna}), and
 * the DCAT-AP catalogue at {@code /datos/catalogo.jsonld}. Anonymous, no session, cacheable: each response carries
 * Last-Modified and an ETag and conditional requests get 304.
 */
@WebServlet(name = "OpenDataServlet", urlPatterns = "/datos/*")
public class OpenDataServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String CATALOGUE = "/catalogo.jsonld";
    private static final Pattern FILE = Pattern.compile("^/([a-z-]{3,40})\\.(csv|xlsx|json)$");
    private static final Map<String, String> TYPES = Map.of(
            "csv", "text/csv; charset=UTF-8",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "json", "application/json; charset=UTF-8");

    @Inject
    transient OpenDataService data;

    @Inject
    transient RegionService regions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (CATALOGUE.equals(path)) {
            catalogue(request, response);
            return;
        }
        Matcher matcher = FILE.matcher(path);
        Optional<OpenDataTables.Definition> definition = matcher.matches()
                ? OpenDataTables.byName(matcher.group(1)) : Optional.empty();
        if (definition.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String format = matcher.group(2);
        DataFilter filter;
        try {
            filter = data.parseFilter(request::getParameter);
        } catch (BadFilterException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().println(Texts.get(e.getMessageKey(), e.getArguments()));
            return;
        }
        Instant modified = data.lastModified(definition.get(), filter).orElse(Instant.EPOCH).truncatedTo(ChronoUnit.SECONDS);
        long rows = data.count(definition.get(), filter);
        String etag = "\"" + hash(definition.get().name() + "|" + format + "|" + filter + "|" + modified + "|" + rows) + "\"";
        if (notModified(request, etag, modified)) {
            cacheHeaders(response, etag, modified);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        DataTable table = data.table(definition.get(), filter);
        cacheHeaders(response, etag, modified);
        BinaryResponses.contentType(response, TYPES.get(format));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(definition.get(), filter) + "."
                + format + "\"");
        Map<String, String> filters = describe(filter);
        switch (format) {
            case "csv" -> OpenDataWriter.csv(table, response.getOutputStream());
            case "xlsx" -> OpenDataWriter.xlsx(table, definition.get().description(), filters, Instant.now(),
                    response.getOutputStream());
            default -> OpenDataWriter.json(table, filters, Instant.now(), response.getOutputStream());
        }
    }

    private void catalogue(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/ld+json; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        DcatCatalogue.write(PublicUrl.base(request), data.catalogueEntries(), Instant.now(), response.getOutputStream());
    }

    /** The filters, as stated in JSON and in the spreadsheet's description sheet. */
    private Map<String, String> describe(DataFilter filter) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (filter.regionCode() != null) {
            filters.put("region", filter.regionCode());
        }
        if (filter.from() != null) {
            filters.put("desde", Periods.iso(filter.from()));
        }
        if (filter.to() != null) {
            filters.put("hasta", Periods.iso(filter.to()));
        }
        if (filter.programmeCode() != null) {
            filters.put("programa", filter.programmeCode());
        }
        if (filter.comunaCode() != null) {
            filters.put("comuna", filter.comunaCode());
        }
        return filters;
    }

    /** "cobertura-nuble-2026-09-PIC": the dataset, then the filters that narrow it. */
    String fileName(OpenDataTables.Definition definition, DataFilter filter) {
        StringBuilder name = new StringBuilder(definition.name());
        if (filter.regionCode() != null) {
            regions.findByCode(filter.regionCode()).ifPresent(r -> name.append('-').append(r.slug()));
        }
        if (filter.from() != null && filter.from().equals(filter.to())) {
            name.append('-').append(Periods.iso(filter.from()));
        } else {
            if (filter.from() != null) {
                name.append("-desde-").append(Periods.iso(filter.from()));
            }
            if (filter.to() != null) {
                name.append("-hasta-").append(Periods.iso(filter.to()));
            }
        }
        if (filter.programmeCode() != null) {
            name.append('-').append(filter.programmeCode());
        }
        if (filter.comunaCode() != null) {
            name.append('-').append(filter.comunaCode());
        }
        return name.toString();
    }

    static boolean notModified(HttpServletRequest request, String etag, Instant modified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        long since = request.getDateHeader("If-Modified-Since");
        return since >= 0 && !modified.isAfter(Instant.ofEpochMilli(since));
    }

    private static void cacheHeaders(HttpServletResponse response, String etag, Instant modified) {
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atOffset(ZoneOffset.UTC)));
        response.setHeader("Cache-Control", "public, max-age=300");
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
