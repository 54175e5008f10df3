package cl.gob.mintrab.canalregional.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and numbers the way Chilean readers write them ("24 de noviembre de 2026", "1.234,5"), in Chile's
 * mainland time zone. Used by pages as {@code #{fmt.date(...)}}.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final Locale LOCALE = Locale.forLanguageTag("es-CL");
    public static final ZoneId ZONE = ZoneId.of("America/Santiago");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm", LOCALE);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** "2026-11-24 09:30:05": exports and tables that spreadsheets sort. */
    public static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** "24-11-2026": a day as the date pickers of the admin area show it. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** For {@code <time datetime="...">}. */
    public String iso(Instant instant) {
        return instant == null ? "" : ISO.format(instant.atZone(ZONE));
    }

    /** A value for a URL's query string. */
    public String url(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String integer(Number value) {
        return value == null ? "" : String.format(LOCALE, "%,d", value.longValue());
    }
}
