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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
     * The search words of each recent query string of the search page, and the result count last seen for it, for
     * searches answered from the page cache (where no search runs). Public facts, per instance, bounded: a miss
     * only makes a search's count unknown.
     */
    private final BoundedMemo<Search> searches = new BoundedMemo<>(Search::of);

    /**
     * What each recent User-Agent is (a bot, or a browser with its digest), so that a recorded view neither runs
     * the bot patterns nor hashes its agent. Public facts, per instance, bounded.
     */
    private final BoundedMemo<Agent> agents = new BoundedMemo<>(Agent::of);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // one call of the chain whether or not the view is recorded: the JIT compiles one path through here
        Page page = toRecord(request);
        chain.doFilter(request, response);
        if (page != null) {
            record(request, response, page);
        }
    }

    /** What the request shows, when it is to be recorded; null when it is not (or recording is off). */
    private Page toRecord(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !recordingSwitch.isOn()) {
            return null;
        }
        Optional<Page> page = pages.get(request.getRequestURI().substring(request.getContextPath().length()));
        if (page.isEmpty()) {
            return null;
        }
        if (PrivacySignals.isPrefetch(request.getHeader("Sec-Purpose"), request.getHeader("Purpose"),
                request.getHeader("X-Purpose"), request.getHeader("X-Moz"))) {
            queue.countPrefetch();
            return null;
        }
        return page.get();
    }

    /** After the response: a view when it was answered with 200 or 304, a bot's request only counted. */
    private void record(HttpServletRequest request, HttpServletResponse response, Page page) {
        int status = response.getStatus();
        if (status != HttpServletResponse.SC_OK && status != HttpServletResponse.SC_NOT_MODIFIED) {
            return;
        }
        String userAgent = request.getHeader("User-Agent");
        Agent agent = agents.get(userAgent == null ? "" : userAgent);
        if (agent.bot() != null) {
            queue.countBot(agent.bot());
            return;
        }
        long second = System.currentTimeMillis() / 1000;
        String regionCode = page.regionCode != null ? page.regionCode
                : PageClassifier.openDataRegion(QueryString.first(request.getQueryString(), "region"), regionCodes());
        String referrer = referrerHost(request.getHeader("Referer"));
        boolean own = !referrer.isEmpty() && referrer.equals(hostOf(request.getServerName()));
        String terms = null;
        Integer results = null;
        if (page.type == PageType.SEARCH) {
            String query = request.getQueryString();
            Search search = searches.get(query == null ? "" : query);
            if (search.terms != null) {
                terms = search.terms;
                results = search.results(request);
            }
        }
        boolean optedOut = PrivacySignals.optedOut(request.getHeader("DNT"), request.getHeader("Sec-GPC"));
        VisitorKey visitor = optedOut ? null : VisitorHasher.visitor(ClientAddress.of(request), agent.digest());
        boolean plain = terms == null && (own || referrer.isEmpty()) && page.regionCode != null;
        VisitQueue.Row row = plain ? page.plainRow(second, !own, visitor != null)
                : new VisitQueue.Row(second, page.type, page.path, regionCode, page.kind, own ? "" : referrer, !own,
                visitor != null, terms, results);
        queue.offer(row, VisitQueue.Visitor.of(visitor, second, regionCode));
    }

    /**
     * What a recorded path shows, worked out once per path (see {@link #pages}), with the rows of its plain views
     * (no outside referrer, no search words) of the latest second, one per entry and tracking: identical views of a
     * second share one row in the queue anyway, and reusing it spares each view a new row. The slots are read and
     * written without locks on purpose: a row is immutable and equal by value, so a stale or lost slot only costs a
     * new row.
     */
    static final class Page {

        final PageType type;
        /** As recorded (at most 250 characters). */
        final String path;
        /** The region's code, "" none, null when it depends on the query (open data's region filter). */
        final String regionCode;
        /** Publication kind name, "" none. */
        final String kind;
        private final VisitQueue.Row[] plain = new VisitQueue.Row[4];

        Page(PageType type, String path, String regionCode, String kind) {
            this.type = type;
            this.path = path;
            this.regionCode = regionCode;
            this.kind = kind;
        }

        /** The row of a plain view of this page in a second (only for a page whose region does not vary). */
        VisitQueue.Row plainRow(long second, boolean entry, boolean tracked) {
            int slot = (entry ? 2 : 0) | (tracked ? 1 : 0);
            VisitQueue.Row row = plain[slot];
            if (row == null || row.second() != second) {
                row = new VisitQueue.Row(second, type, path, regionCode, kind, "", entry, tracked, null, null);
                plain[slot] = row;
            }
            return row;
        }
    }

    /**
     * What a User-Agent is, worked out once per agent (see {@link #agents}): a bot's name, or a person's browser
     * with the agent's SHA-256 ({@link VisitorHasher#agentDigest}, never changed).
     */
    record Agent(String bot, byte[] digest) {

        static Agent of(String userAgent) {
            String bot = BotDetector.botName(userAgent).orElse(null);
            return new Agent(bot, bot == null ? VisitorHasher.agentDigest(userAgent) : null);
        }
    }

    private Optional<Page> page(String path) {
        return PageClassifier.classify(path).map(hit -> new Page(hit.type(), truncate(path, 250),
                hit.regionSlug() != null ? regionCodes().getOrDefault(hit.regionSlug(), "")
                        : path.startsWith("/datos/") ? null : "",
                hit.kindSlug() == null ? "" : PublicationKind.fromSlug(hit.kindSlug()).map(Enum::name).orElse("")));
    }

    /** What a query string of the search page asks for. */
    static final class Search {

        /** Normalised words; null when the view is a page view, not a search (an empty form or a further page). */
        final String terms;
        /** The result count last seen for these words and page, -1 unknown. */
        private volatile int results = -1;

        private Search(String terms) {
            this.terms = terms;
        }

        static Search of(String query) {
            String terms = SearchTerms.normalise(QueryString.first(query, "q"));
            String page = QueryString.first(query, "pagina");
            return new Search(terms != null && (page == null || page.isBlank() || "1".equals(page.trim())) ? terms : null);
        }

        /** The count the search page left on the request when it ran the search, else the last one seen. */
        int results(HttpServletRequest request) {
            if (request.getAttribute(SearchResults.TOTAL_ATTRIBUTE) instanceof Number total) {
                results = total.intValue();
            }
            return results;
        }
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
