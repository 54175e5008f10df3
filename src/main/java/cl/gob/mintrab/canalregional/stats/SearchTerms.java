package cl.gob.mintrab.canalregional.stats;

import java.util.Locale;

/** Site-search words as reported: trimmed, lower case, single spaces, at most 120 characters. */
public final class SearchTerms {

    private SearchTerms() {
    }

    /** @return null for an empty search */
    public static String normalise(String q) {
        if (q == null) {
            return null;
        }
        String terms = q.strip().toLowerCase(Locale.forLanguageTag("es-CL")).replaceAll("\\s+", " ");
        if (terms.isEmpty()) {
            return null;
        }
        return terms.length() > 120 ? terms.substring(0, 120) : terms;
    }
}
