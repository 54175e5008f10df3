package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.content.DemoPublicationTexts.Template;
import cl.gob.mintrab.canalregional.support.Formats;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes the text of one demo publication of a unit (region or Nivel Central) from a template and the unit's own
 * places and sectors. Shared by the demo content ({@link PublicationDemoContent}) and the bulk generator of the
 * benchmark ({@link BulkPublications}), so both produce the same kind of text.
 */
final class DemoTextWriter {

    /** The text of a publication: title, lead, sanitised body, tags. */
    record Text(String title, String lead, String bodyHtml, List<String> tags) {
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.forLanguageTag("es-CL"));

    private final String name;
    private final String shortName;
    private final boolean nivelCentral;
    private final List<String> comunas;
    private final List<String> provinces;
    private final List<String> sectors;
    private final Random random;

    DemoTextWriter(String code, String name, String shortName, boolean nivelCentral, List<String> comunas,
                   List<String> provinces, Random random) {
        this.name = name;
        this.shortName = shortName;
        this.nivelCentral = nivelCentral;
        this.comunas = comunas.isEmpty() ? List.of("Santiago", "Providencia", "Puente Alto") : comunas;
        this.provinces = provinces.isEmpty() ? List.of("Santiago") : provinces;
        this.sectors = DemoPublicationTexts.SECTORS.getOrDefault(code, List.of("servicios", "comercio", "construcción"));
        this.random = random;
    }

    Text write(Template template, Instant date, int index) {
        ZonedDateTime local = ZonedDateTime.ofInstant(date, Formats.ZONE);
        String comuna = pick(comunas);
        String comuna2 = comunas.size() > 1 ? pickOther(comunas, comuna) : comuna;
        Map<String, String> values = Map.ofEntries(
                Map.entry("region", name), Map.entry("regionShort", shortName),
                Map.entry("comuna", comuna), Map.entry("comuna2", comuna2), Map.entry("province", pick(provinces)),
                Map.entry("sector", sectors.get(index % sectors.size())),
                Map.entry("sector2", sectors.get((index + 1) % sectors.size())),
                Map.entry("month", MONTH.format(local)), Map.entry("year", String.valueOf(local.getYear())),
                Map.entry("n1", String.valueOf(80 + random.nextInt(900))), Map.entry("n2", String.valueOf(12 + random.nextInt(60))),
                Map.entry("n3", String.valueOf(40 + random.nextInt(400))), Map.entry("n4", String.valueOf(3 + random.nextInt(18))));
        return new Text(wording(fill(template.title(), values)), wording(fill(template.lead(), values)),
                HtmlSanitizer.sanitize(wording(fill(template.body(), values))), template.tags());
    }

    String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    List<String> comunas() {
        return comunas;
    }

    private String pickOther(List<String> values, String not) {
        String other = pick(values);
        return other.equals(not) ? values.get((values.indexOf(not) + 1) % values.size()) : other;
    }

    /** For the Nivel Central, the regional wording becomes the Subsecretaría's. */
    private String wording(String text) {
        if (!nivelCentral) {
            return text;
        }
        String result = text;
        for (Map.Entry<String, String> e : DemoPublicationTexts.NIVEL_CENTRAL_WORDING) {
            result = result.replace(e.getKey(), e.getValue());
        }
        return result;
    }

    static String fill(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        return result;
    }
}
