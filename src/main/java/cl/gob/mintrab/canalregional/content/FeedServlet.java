package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.HttpCaching;
import cl.gob.mintrab.canalregional.support.PublicContentVersion;
import cl.gob.mintrab.canalregional.support.PublicUrl;
import cl.gob.mintrab.canalregional.support.Texts;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * RSS 2.0 and Atom 1.0 feeds (ROME): {@code /feeds/rss.xml} (the whole country), {@code /feeds/<region>/rss.xml},
 * {@code /feeds/<region>/<kind>/rss.xml}, {@code /feeds/tipo/<kind>/rss.xml}, and the same with {@code atom.xml}.
 * The 30 newest items; validated against the public content version (ETag, Last-Modified, 304).
 */
@WebServlet(urlPatterns = "/feeds/*")
public class FeedServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;
    static final int ITEMS = 30;

    @Inject
    PublishedContent published;

    @Inject
    RegionService regions;

    @Inject
    PublicContentVersion contentVersion;

    /** What a feed URL asks for. */
    record Request(String format, RegionSummary region, PublicationKind kind) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Request> parsed = parse(request.getPathInfo());
        if (parsed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Request feedRequest = parsed.get();
        PublicContentVersion.Stamp stamp = contentVersion.current();
        response.setHeader("Cache-Control", "public, max-age=300");
        if (HttpCaching.notModified(request, response, "\"feed-" + stamp.version() + "\"", stamp.changedAt())) {
            return;
        }
        String base = PublicUrl.base(request);
        SyndFeed feed = feed(feedRequest, base, request.getRequestURI());
        response.setContentType(("rss".equals(feedRequest.format()) ? "application/rss+xml" : "application/atom+xml")
                + "; charset=UTF-8");
        try (Writer out = response.getWriter()) {
            new SyndFeedOutput().output(feed, out);
        } catch (FeedException e) {
            throw new IOException(e);
        }
    }

    Optional<Request> parse(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String[] parts = path.substring(1).split("/");
        String file = parts[parts.length - 1];
        String format = switch (file) {
            case "rss.xml" -> "rss";
            case "atom.xml" -> "atom";
            default -> null;
        };
        if (format == null) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(new Request(format, null, null));
        }
        if (parts.length == 3 && parts[0].equals("tipo")) {
            return PublicationKind.fromSlug(parts[1]).map(k -> new Request(format, null, k));
        }
        Optional<RegionSummary> region = regions.findBySlug(parts[0]);
        if (region.isEmpty()) {
            return Optional.empty();
        }
        if (parts.length == 2) {
            return Optional.of(new Request(format, region.get(), null));
        }
        if (parts.length == 3) {
            return PublicationKind.fromSlug(parts[1]).map(k -> new Request(format, region.get(), k));
        }
        return Optional.empty();
    }

    private SyndFeed feed(Request r, String base, String selfPath) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss".equals(r.format()) ? "rss_2.0" : "atom_1.0");
        String scope = r.region() == null ? Texts.get("feeds.scope_country") : r.region().name();
        String kind = r.kind() == null ? Texts.get("feeds.all_kinds") : Texts.get("PublicationKind.plural." + r.kind());
        feed.setTitle(Texts.get("layout.portal_name") + " · " + kind + " · " + scope);
        feed.setDescription(Texts.get("feeds.description", kind.toLowerCase(), scope));
        feed.setLanguage("es-CL");
        feed.setLink(base + (r.region() == null ? "/" : r.region().path()
                + (r.kind() == null ? "" : "/" + r.kind().getSlug())));
        feed.setUri(base + selfPath);
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(base + selfPath);
        feed.setLinks(List.of(self));
        List<ItemSummary> items = published.forFeed(r.region() == null ? null : r.region().code(), r.kind(), ITEMS);
        feed.setPublishedDate(items.isEmpty() ? new Date(0) : Date.from(items.get(0).publishedAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (ItemSummary item : items) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(item.title());
            entry.setLink(base + item.path());
            entry.setUri(base + item.path());
            entry.setPublishedDate(Date.from(item.firstPublishedAt()));
            entry.setUpdatedDate(Date.from(item.publishedAt()));
            entry.setAuthor(item.regionName());
            SyndContent description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(item.lead());
            entry.setDescription(description);
            entries.add(entry);
        }
        feed.setEntries(entries);
        return feed;
    }
}
