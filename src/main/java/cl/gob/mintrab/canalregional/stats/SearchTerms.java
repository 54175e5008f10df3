package cl.gob.mintrab.canalregional.stats;

import java.util.Locale;
import java.util.regex.Pattern;

/** Site-search words as reported: trimmed, lower case, single spaces, at most 120 characters. */
public final class SearchTerms {

    private static final Locale SPANISH_CHILE = Locale.forLanguageTag("es-CL");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchTerms() {
    }

    /** @return null for an empty search */
    public static String normalise(String q) {
        if (q == null) {
            return null;
        }
        String terms = SPACES.matcher(q.strip().toLowerCase(SPANISH_CHILE)).replaceAll(" ");
        if (terms.isEmpty()) {
            return null;
        }
        return terms.length() > 120 ? terms.substring(0, 120) : terms;
    }
}
