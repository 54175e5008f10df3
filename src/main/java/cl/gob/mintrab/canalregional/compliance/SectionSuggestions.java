package cl.gob.mintrab.canalregional.compliance;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Default evidence sections for an activity, suggested from its description when a programme is imported or an
 * activity is added; central staff change them per programme afterwards (they are data, not code). The first rule
 * that matches wins, so "Mesa Técnica ... Bonificación" counts as Bonificación. For the 2007 activities: 3 employment
 * information, 4 agreements and conflicts, 5 and 7 Bonificación, 6 coverage, 1 and 2 the mesas.
 */
public final class SectionSuggestions {

    private record Rule(Predicate<String> matches, List<PortalSection> sections) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(t -> t.contains("actividad de empleo") || t.contains("situacion del empleo")
                    || t.contains("informacion regional de empleo"),
                    List.of(PortalSection.ACTIVIDAD_EMPLEO, PortalSection.SERIE_EMPLEO)),
            new Rule(t -> t.contains("acuerdo") || t.contains("conflicto") || t.contains("dialogo social"),
                    List.of(PortalSection.ACUERDO, PortalSection.RESOLUCION_CONFLICTO, PortalSection.DIALOGO_SOCIAL)),
            new Rule(t -> t.contains("bonificacion"), List.of(PortalSection.BONIFICACION)),
            new Rule(t -> t.contains("cobertura"), List.of(PortalSection.COBERTURA)),
            new Rule(t -> t.contains("mesa") && t.contains("sectorial"), List.of(PortalSection.MESA_SECTORIAL)),
            new Rule(t -> t.contains("mesa tecnica") || t.contains("mesas tecnicas"), List.of(PortalSection.MESA_TECNICA)),
            new Rule(t -> t.contains("instructivo") || t.contains("documento"), List.of(PortalSection.DOCUMENTO)),
            new Rule(t -> t.contains("seremia") && (t.contains("presentacion") || t.contains("contacto")),
                    List.of(PortalSection.PERFIL_SEREMIA)));

    private SectionSuggestions() {
    }

    public static Set<PortalSection> suggest(String description) {
        if (description == null || description.isBlank()) {
            return Set.of();
        }
        String text = Normalizer.normalize(description.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return RULES.stream().filter(r -> r.matches().test(text)).findFirst()
                .map(r -> Set.copyOf(r.sections())).orElse(Set.of());
    }
}
