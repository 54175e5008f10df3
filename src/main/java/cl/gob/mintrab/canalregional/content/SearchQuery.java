package cl.gob.mintrab.canalregional.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed in the search box: words (each required, also as a prefix, so "empleo" finds "empleos"),
 * "quoted phrases", and the words too short to search for (fewer than three letters), which are ignored and
 * reported. The search index turns it into a Lucene query ({@link SearchIndex#query}); while the index is being
 * built, MariaDB answers it in boolean full-text mode ({@link #booleanMode}). Nothing the reader types reaches SQL
 * except letters, digits and spaces inside quotes.
 */
public record SearchQuery(List<String> terms, List<String> phrases, List<String> ignored) {

    static final int MIN_LENGTH = 3;
    static final int MAX_TERMS = 10;
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public static SearchQuery parse(String text) {
        List<String> terms = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        if (text == null) {
            return new SearchQuery(terms, phrases, ignored);
        }
        String rest = text.length() > 200 ? text.substring(0, 200) : text;
        Matcher phrase = PHRASE.matcher(rest);
        StringBuilder outside = new StringBuilder();
        while (phrase.find()) {
            List<String> words = words(phrase.group(1));
            if (words.size() > 1) {
                phrases.add(String.join(" ", words));
            } else {
                outside.append(' ').append(phrase.group(1));
            }
            phrase.appendReplacement(outside, " ");
        }
        phrase.appendTail(outside);
        Set<String> unique = new LinkedHashSet<>(words(outside.toString()));
        for (String word : unique) {
            if (word.length() < MIN_LENGTH) {
                ignored.add(word);
            } else if (terms.size() < MAX_TERMS) {
                terms.add(word);
            }
        }
        return new SearchQuery(List.copyOf(terms), List.copyOf(phrases), List.copyOf(ignored));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The ignored words as the page lists them: "de, la". */
    public String ignoredText() {
        return String.join(", ", ignored);
    }

    public boolean isEmpty() {
        return terms.isEmpty() && phrases.isEmpty();
    }

    /** The query for {@code MATCH ... AGAINST (? IN BOOLEAN MODE)}: every word and phrase required. */
    public String booleanMode() {
        List<String> parts = new ArrayList<>();
        terms.forEach(t -> parts.add("+" + t + "*"));
        phrases.forEach(p -> parts.add("+\"" + p + "\""));
        return String.join(" ", parts);
    }

    /** The words to highlight in results (terms and the words of phrases), in their comparison form. */
    public List<String> highlightWords() {
        Set<String> words = new LinkedHashSet<>(terms);
        phrases.forEach(p -> words.addAll(List.of(p.split(" "))));
        return words.stream().filter(w -> w.length() >= MIN_LENGTH).map(SearchQuery::fold).toList();
    }

    /**
     * How text is compared: lower case, accents removed, but "ñ" kept apart from "n" (the database collation does
     * the same). One character in, one character out, so positions in the folded text are positions in the original.
     * The search index folds what it indexes with the same function ({@link SearchAnalyzer}).
     */
    static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i));
        }
        return new String(folded);
    }

    /** {@link #fold(String)} of one character. */
    static char fold(char c) {
        return Folding.TABLE[c];
    }

    /** The folded form of every UTF-16 unit, computed once (Normalizer per character is far too slow to index with). */
    private static final class Folding {

        static final char[] TABLE = new char[Character.MAX_VALUE + 1];

        static {
            for (int i = 0; i < TABLE.length; i++) {
                char c = Character.toLowerCase((char) i);
                if (c < 0x80 || c == 'ñ') {
                    TABLE[i] = c;
                } else {
                    String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                    TABLE[i] = base.length() == 1 ? base.charAt(0) : c;
                }
            }
        }
    }

    /**
     * The text HTML-escaped, with each word that starts with a searched word wrapped in {@code <mark>}.
     * Safe to output without further escaping.
     */
    public String highlight(String text) {
        if (text == null) {
            return "";
        }
        List<String> words = highlightWords();
        String folded = fold(text);
        StringBuilder html = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                String word = folded.substring(i, end);
                boolean match = words.stream().anyMatch(word::startsWith);
                if (match) {
                    html.append("<mark>");
                }
                escape(text.substring(i, end), html);
                if (match) {
                    html.append("</mark>");
                }
                i = end;
            } else {
                escape(String.valueOf(text.charAt(i)), html);
                i++;
            }
        }
        return html.toString();
    }

    /** A fragment of about {@code length} characters around the first match, for result snippets. */
    public String snippet(String text, int length) {
        if (text == null || text.length() <= length) {
            return text == null ? "" : text;
        }
        String folded = fold(text);
        int first = highlightWords().stream().mapToInt(folded::indexOf).filter(p -> p >= 0).min().orElse(0);
        int start = Math.max(0, first - length / 3);
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + length);
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return (start > 0 ? "… " : "") + text.substring(start, end).trim() + (end < text.length() ? " …" : "");
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
