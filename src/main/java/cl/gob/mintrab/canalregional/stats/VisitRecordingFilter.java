package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.content.PublicationKind;
import cl.gob.mintrab.canalregional.content.SearchResults;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Records public page views, feed reads and downloads on the server, without any script: after the response is
 * produced (by a page, or by the page cache, which is why this filter runs before it), a view is put on the
 * in-memory {@link VisitQueue}; nothing here touches the database. Only GET requests answered with 200 or 304
 * count; bots are counted apart, prefetches ignored, and Do-Not-Track / GPC views are counted without their
 * visitor. The client address is only used truncated, in memory until the flush (see {@link VisitorKey}).
 */
@WebFilter(filterName = "VisitRecordingFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class VisitRecordingFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int SEARCH_MEMO = 5000;

    @Inject
    VisitQueue queue;

    @Inject
    RecordingSwitch recordingSwitch;

    @Inject
    RegionService regionService;

    private volatile Map<String, String> regionCodes;

    /**
     * What each recent path shows (its type, region and kind, or that it is no page view), so that a recorded view
     * costs one lookup instead of the classification's regular expressions. Public facts, per instance, bounded.
     */
    private final BoundedMemo<Optional<Page>> pages = new BoundedMemo<>(this::page);

    /**
     * Result counts of recent searches, for searches answered from the page cache (where no search runs). A
     * per-instance memo of public facts, not shared state: a miss only makes a search's count unknown. Lock-free
     * (it is read on every search); when it grows past its size it is simply emptied.
     */
    private final ConcurrentHashMap<String, Integer> searchMemo = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || !recordingSwitch.isOn()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Page> page = pages.get(request.getRequestURI().substring(request.getContextPath().length()));
        if (page.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (PrivacySignals.isPrefetch(request.getHeader("Sec-Purpose"), request.getHeader("Purpose"),
                request.getHeader("X-Purpose"), request.getHeader("X-Moz"))) {
            queue.countPrefetch();
            chain.doFilter(request, response);
            return;
        }
        Instant at = Instant.now();
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status != HttpServletResponse.SC_OK && status != HttpServletResponse.SC_NOT_MODIFIED) {
            return;
        }
        String userAgent = request.getHeader("User-Agent");
        Optional<String> bot = BotDetector.botName(userAgent);
        if (bot.isPresent()) {
            queue.countBot(bot.get());
            return;
        }
        queue.offer(event(request, page.get(), at, userAgent));
    }

    /**
     * What a recorded path shows, worked out once per path (see {@link #pages}).
     *
     * @param path       as recorded (at most 250 characters)
     * @param regionCode the region's code, "" none, null when it depends on the query (open data's region filter)
     * @param kind       publication kind name, "" none
     */
    record Page(PageType type, String path, String regionCode, String kind) {
    }

    private Optional<Page> page(String path) {
        return PageClassifier.classify(path).map(hit -> new Page(hit.type(), truncate(path, 250),
                hit.regionSlug() != null ? regionCodes().getOrDefault(hit.regionSlug(), "")
                        : path.startsWith("/datos/") ? null : "",
                hit.kindSlug() == null ? "" : PublicationKind.fromSlug(hit.kindSlug()).map(Enum::name).orElse("")));
    }

    private VisitEvent event(HttpServletRequest request, Page page, Instant at, String userAgent) {
        String regionCode = page.regionCode() != null ? page.regionCode()
                : PageClassifier.openDataRegion(QueryString.first(request.getQueryString(), "region"), regionCodes());
        String referrer = referrerHost(request.getHeader("Referer"));
        boolean own = !referrer.isEmpty() && referrer.equals(hostOf(request.getServerName()));
        String terms = null;
        Integer results = null;
        if (page.type() == PageType.SEARCH) {
            String query = request.getQueryString();
            terms = SearchTerms.normalise(QueryString.first(query, "q"));
            String pageNumber = QueryString.first(query, "pagina");
            if (terms != null && (pageNumber == null || pageNumber.isBlank() || "1".equals(pageNumber.trim()))) {
                results = searchResults(request, query);
            } else {
                terms = null; // a further page of results, or an empty form: a page view, not a search
            }
        }
        boolean optedOut = PrivacySignals.optedOut(request.getHeader("DNT"), request.getHeader("Sec-GPC"));
        VisitorKey visitor = optedOut ? null : VisitorHasher.visitor(ClientAddress.of(request), userAgent);
        return new VisitEvent(at, page.type(), page.path(), regionCode, page.kind(), own ? "" : referrer, !own,
                terms, results, visitor);
    }

    private Integer searchResults(HttpServletRequest request, String query) {
        String key = String.valueOf(query);
        Object total = request.getAttribute(SearchResults.TOTAL_ATTRIBUTE);
        if (total instanceof Number number) {
            if (searchMemo.size() >= SEARCH_MEMO) {
                searchMemo.clear();
            }
            searchMemo.put(key, number.intValue());
            return number.intValue();
        }
        return searchMemo.getOrDefault(key, -1);
    }

    static String referrerHost(String referer) {
        if (referer == null || referer.isBlank()) {
            return "";
        }
        try {
            String host = URI.create(referer.trim()).getHost();
            return host == null ? "" : truncate(hostOf(host), 120);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String hostOf(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private Map<String, String> regionCodes() {
        Map<String, String> codes = regionCodes;
        if (codes == null) {
            codes = regionService.findPublishingUnits().stream()
                    .collect(Collectors.toUnmodifiableMap(RegionSummary::slug, RegionSummary::code));
            regionCodes = codes;
        }
        return codes;
    }
}
