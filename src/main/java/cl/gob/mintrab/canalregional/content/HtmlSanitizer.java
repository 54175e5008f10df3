package cl.gob.mintrab.canalregional.content;

import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rich-text bodies editors write, reduced to safe formatting with the OWASP Java HTML Sanitizer before they
 * are stored: paragraphs, headings (h2–h4), emphasis, lists, quotes, line breaks, simple tables, and links to
 * http, https and mailto addresses (opened with rel="noopener noreferrer nofollow"). Scripts, styles, event
 * handlers, frames, forms and javascript: URLs are removed.
 */
public final class HtmlSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
                    "ul", "ol", "li", "blockquote", "pre", "code")
            .allowElements("table", "caption", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("scope").matching(Pattern.compile("row|col")).onElements("th")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[1-9][0-9]?")).onElements("th", "td")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory()
            .and(Sanitizers.FORMATTING);

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    /** A list as the editor (Quill 2) writes it: always {@code <ol>}, each item saying what kind of list it is in. */
    private static final Pattern QUILL_LIST = Pattern.compile("(?is)<ol>((?:\\s*<li data-list=\"[a-z]+\"[^>]*>.*?</li>)+)\\s*</ol>");
    private static final Pattern QUILL_ITEM = Pattern.compile("(?is)<li data-list=\"([a-z]+)\"[^>]*>(.*?)</li>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|h[2-4]|li|blockquote|tr|pre)>|<br\\s*/?>");

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(normalizeEditorLists(html)).trim();
    }

    /**
     * Quill 2 writes bulleted lists as {@code <ol><li data-list="bullet">}; turns each run of items into the
     * {@code <ul>} or {@code <ol>} it stands for, so that readers (and screen readers) get the right list.
     */
    static String normalizeEditorLists(String html) {
        Matcher list = QUILL_LIST.matcher(html);
        StringBuilder out = new StringBuilder();
        while (list.find()) {
            StringBuilder lists = new StringBuilder();
            String open = null;
            Matcher item = QUILL_ITEM.matcher(list.group(1));
            while (item.find()) {
                String tag = "ordered".equalsIgnoreCase(item.group(1)) ? "ol" : "ul";
                if (!tag.equals(open)) {
                    if (open != null) {
                        lists.append("</").append(open).append('>');
                    }
                    lists.append('<').append(tag).append('>');
                    open = tag;
                }
                lists.append("<li>").append(item.group(2)).append("</li>");
            }
            if (open != null) {
                lists.append("</").append(open).append('>');
            }
            list.appendReplacement(out, Matcher.quoteReplacement(lists.toString()));
        }
        list.appendTail(out);
        return out.toString();
    }

    /** The text of sanitised HTML, for search, snippets and comparisons: one line per block, entities decoded. */
    public static String toText(String sanitizedHtml) {
        if (sanitizedHtml == null) {
            return "";
        }
        String withBreaks = BLOCK_END.matcher(sanitizedHtml).replaceAll("\n");
        String text = Encoding.decodeHtml(TAGS.matcher(withBreaks).replaceAll("")).replace('\u00A0', ' ');
        return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\n ?", "\n").replaceAll("\n{2,}", "\n").trim();
    }

    /** Whether sanitising removed nothing but whitespace (the editor wrote only allowed formatting). */
    public static boolean isEmptyText(String sanitizedHtml) {
        return toText(sanitizedHtml).isBlank();
    }
}
