package cl.gob.mintrab.canalregional.content;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {

    @Test
    void titlesBecomeReadableAsciiSlugs() {
        assertEquals("mesa-tecnica-de-nuble-acuerda-plan-de-empleo-2026",
                Slugs.of("Mesa Técnica de Ñuble acuerda «plan de empleo» 2026"));
        assertEquals("diálogo".length() > 0 ? "dialogo-social-en-aysen" : "", Slugs.of("  ¡Diálogo social en Aysén!  "));
        assertEquals("", Slugs.of("¿?"));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.of("Informe de cobertura ".repeat(10));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertFalse(slug.endsWith("-"));
        assertTrue(slug.endsWith("cobertura") || slug.endsWith("informe") || slug.endsWith("de"), slug);
    }

    @Test
    void takenSlugsGetANumber() {
        assertEquals("noticia", Slugs.unique("noticia", Set.of()));
        assertEquals("noticia-2", Slugs.unique("noticia", Set.of("noticia")));
        assertEquals("noticia-3", Slugs.unique("noticia", Set.of("noticia", "noticia-2")));
        String longSlug = "a".repeat(Slugs.MAX_LENGTH);
        assertEquals(Slugs.MAX_LENGTH, Slugs.unique(longSlug, Set.of(longSlug)).length());
    }

    @Test
    void onlyWellFormedSlugsAreValid() {
        assertTrue(Slugs.isValid("acuerdo-2026"));
        assertFalse(Slugs.isValid("Acuerdo"));
        assertFalse(Slugs.isValid("acuerdo--2026"));
        assertFalse(Slugs.isValid("../etc"));
        assertFalse(Slugs.isValid(""));
    }
}
