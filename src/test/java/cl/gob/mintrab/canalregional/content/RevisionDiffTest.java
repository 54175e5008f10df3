package cl.gob.mintrab.canalregional.content;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionDiffTest {

    private static RevisionDiff.Side side(int number, String title, String body, List<String> attachments) {
        return new RevisionDiff.Side(number, "editor", Instant.EPOCH, title, "Bajada", body, "empleo", "", attachments, "");
    }

    private static RevisionDiff.Field field(RevisionDiff.Comparison c, String key) {
        return c.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void changedWordsAreMarkedOnEachSideAndEqualFieldsAreNot() {
        RevisionDiff.Comparison c = RevisionDiff.compare(
                side(1, "Feria laboral en Chillán", "Primer párrafo.\nSegundo párrafo.", List.of("acta.pdf (PDF)")),
                side(2, "Feria laboral en San Carlos", "Primer párrafo.\nSegundo párrafo.", List.of("acta.pdf (PDF)", "plan.xlsx (XLSX)")));
        RevisionDiff.Field title = field(c, "title");
        assertTrue(title.changed());
        assertTrue(title.rows().get(0).oldHtml().contains("<del>Chillán</del>"), title.rows().get(0).oldHtml());
        assertTrue(title.rows().get(0).newHtml().contains("<ins>San Carlos</ins>") || title.rows().get(0).newHtml().contains("<ins>San</ins>"),
                title.rows().get(0).newHtml());
        assertFalse(field(c, "body").changed());
        assertFalse(field(c, "lead").changed());
        assertTrue(field(c, "attachments").changed());
        assertFalse(c.identical());
    }

    @Test
    void markupTypedByAnEditorIsEscapedNotRendered() {
        RevisionDiff.Comparison c = RevisionDiff.compare(side(1, "Uno", "<script>alert(1)</script>", List.of()),
                side(2, "Uno", "<b>texto</b>", List.of()));
        String cells = field(c, "body").rows().get(0).oldHtml() + field(c, "body").rows().get(0).newHtml();
        assertFalse(cells.contains("<script>"), cells);
        assertFalse(cells.contains("<b>"), cells);
        assertTrue(cells.contains("&lt;"), cells);
        assertFalse(cells.matches("(?s).*&(?!(amp|lt|gt|quot);).*"), "marks never split an entity: " + cells);
    }

    @Test
    void identicalRevisionsSaySo() {
        RevisionDiff.Side a = side(1, "Uno", "Texto", List.of());
        assertTrue(RevisionDiff.compare(a, side(2, "Uno", "Texto", List.of())).identical());
    }
}
