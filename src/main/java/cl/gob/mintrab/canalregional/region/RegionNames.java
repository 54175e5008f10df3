package cl.gob.mintrab.canalregional.region;

import java.text.Normalizer;
import java.util.Locale;

/** How region names written by people are compared: ignoring case, accents, spacing and ordinal marks. */
public final class RegionNames {

    private RegionNames() {
    }

    /**
     * "1a Región", "1º región" and " 1ª  REGION" all become "1ª region"; "Ñuble" keeps its letter as "n" only for
     * comparison purposes (accents are stripped), which is what matching a typed name against aliases needs.
     */
    public static String normalize(String text) {
        String stripped = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // "1a", "1º" and "1°" are all written for "1ª".
        return stripped.replaceAll("(\\d+)\\s*[aAªº°](?=\\s|$)", "$1ª")
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
