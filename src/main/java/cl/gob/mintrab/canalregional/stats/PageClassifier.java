package cl.gob.mintrab.canalregional.stats;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which public URLs are page views, and what they show, from the path alone: the page cache answers many of them
 * without running any page code, so the path is all the recorder can rely on. Staff pages, accounts, Faces
 * resources and static files are not page views.
 */
public final class PageClassifier {

    /** What a path shows: its type and the slugs of its region and kind (null when it has none). */
    public record PageHit(PageType type, String regionSlug, String kindSlug) {
    }

    private static final Pattern REGION = Pattern.compile("^/region/([a-z0-9-]{1,40})(?:/([a-z0-9-]{1,40})(?:/([a-z0-9-]{1,80}))?)?/?$");
    private static final Pattern FEED = Pattern.compile("^/feeds/(?:(tipo)/([a-z0-9-]{1,40})/|([a-z0-9-]{1,40})/(?:([a-z0-9-]{1,40})/)?)?(?:rss|atom)\\.xml$");
    private static final Pattern OPEN_DATA = Pattern.compile("^/datos/(?:([a-z0-9-]{1,40})/)?.+$");

    private PageClassifier() {
    }

    public static Optional<PageHit> classify(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        switch (path) {
            case "/", "/index" -> {
                return hit(PageType.HOME, null, null);
            }
            case "/buscar" -> {
                return hit(PageType.SEARCH, null, null);
            }
            case "/contacto", "/privacidad", "/accesibilidad", "/empleo", "/datos-abiertos" -> {
                return hit(PageType.PAGE, null, null);
            }
            default -> {
                // below
            }
        }
        Matcher region = REGION.matcher(path);
        if (region.matches()) {
            PageType type = region.group(3) != null ? PageType.PUBLICATION
                    : region.group(2) != null ? PageType.LISTING : PageType.REGION;
            return hit(type, region.group(1), region.group(2));
        }
        Matcher feed = FEED.matcher(path);
        if (feed.matches()) {
            return feed.group(1) != null ? hit(PageType.FEED, null, feed.group(2))
                    : hit(PageType.FEED, feed.group(3), feed.group(4));
        }
        if (path.startsWith("/archivos/")) {
            return hit(PageType.DOWNLOAD, null, null);
        }
        Matcher data = OPEN_DATA.matcher(path);
        if (data.matches()) {
            return hit(PageType.DOWNLOAD, data.group(1), null);
        }
        return Optional.empty();
    }

    /**
     * The region of an open-data download, from its {@code region} filter (a region's slug or code, as the open
     * data accepts it): the region's code, or "" for the whole country or a value that is no region.
     */
    public static String openDataRegion(String parameter, Map<String, String> codesBySlug) {
        if (parameter == null || parameter.isBlank()) {
            return "";
        }
        String value = parameter.trim().toLowerCase(Locale.ROOT);
        String code = codesBySlug.get(value);
        if (code != null) {
            return code;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        return codesBySlug.containsValue(upper) ? upper : "";
    }

    private static Optional<PageHit> hit(PageType type, String region, String kind) {
        return Optional.of(new PageHit(type, region, kind));
    }
}
