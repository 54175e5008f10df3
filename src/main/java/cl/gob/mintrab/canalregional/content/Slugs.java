package cl.gob.mintrab.canalregional.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * URL slugs from titles: lower-case ASCII letters, digits and hyphens, at most 80 characters cut at a word
 * boundary; "ñ" becomes "n" and accents go ("Región de Ñuble" → "region-de-nuble"). Unique within a region:
 * a taken slug gets "-2", "-3" ...
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String of(String title) {
        if (title == null) {
            return "";
        }
        String ascii = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            if (lastHyphen > MAX_LENGTH / 2) {
                slug = slug.substring(0, lastHyphen);
            }
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /** The slug itself, or the first "slug-N" (N ≥ 2) not in {@code taken}. */
    public static String unique(String slug, Set<String> taken) {
        if (!taken.contains(slug)) {
            return slug;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String base = slug.length() + suffix.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH - suffix.length()) : slug;
            String candidate = base + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
