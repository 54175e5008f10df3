package cl.gob.mintrab.canalregional.content;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlSanitizerTest {

    @Test
    void formattingIsKept() {
        String html = "<h2>Acuerdos</h2><p>La <strong>Mesa</strong> acordó <em>tres</em> medidas:</p>"
                + "<ul><li>Uno</li><li>Dos</li></ul><ol><li>Tres</li></ol><blockquote>Cita</blockquote>"
                + "<p>Ver <a href=\"https://www.mintrab.gob.cl/\">el sitio</a>.<br>Fin</p>";
        String clean = HtmlSanitizer.sanitize(html);
        for (String kept : new String[]{"<h2>Acuerdos</h2>", "<strong>Mesa</strong>", "<em>tres</em>", "<ul><li>Uno</li>",
                "<ol><li>Tres</li></ol>", "<blockquote>Cita</blockquote>", "<br />"}) {
            assertTrue(clean.contains(kept), kept + " in " + clean);
        }
        assertTrue(clean.contains("href=\"https://www.mintrab.gob.cl/\""), clean);
        assertTrue(clean.contains("rel=\"noopener noreferrer nofollow\""), clean);
    }

    @Test
    void scriptsHandlersAndDangerousUrlsAreRemoved() {
        String clean = HtmlSanitizer.sanitize("<p onclick=\"robar()\">Hola<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(1)\">enlace</a><img src=x onerror=alert(1)>"
                + "<iframe src=\"https://malo.example\"></iframe><style>body{display:none}</style>"
                + "<form action=\"https://malo.example\"><input name=x></form><svg onload=alert(1)></svg>");
        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("javascript:"), clean);
        assertFalse(clean.contains("onerror"), clean);
        assertFalse(clean.contains("iframe"), clean);
        assertFalse(clean.contains("<style"), clean);
        assertFalse(clean.contains("<form"), clean);
        assertFalse(clean.contains("onload"), clean);
        assertTrue(clean.contains("<p>Hola</p>"), clean);
    }

    @Test
    void editorListsBecomeTheListsTheyStandFor() {
        String quill = "<p>Medidas:</p><ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Uno</li>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Dos</li>"
                + "<li data-list=\"ordered\" class=\"ql-indent-1\">Tres</li></ol><ol><li>Normal</li></ol>";
        assertEquals("<p>Medidas:</p><ul><li>Uno</li><li>Dos</li></ul><ol><li>Tres</li></ol><ol><li>Normal</li></ol>",
                HtmlSanitizer.sanitize(quill));
    }

    @Test
    void textOfTheBodyForSearchAndComparisons() {
        assertEquals("Título\nPrimer párrafo & más\nUno\nDos",
                HtmlSanitizer.toText(HtmlSanitizer.sanitize("<h2>Título</h2><p>Primer <b>párrafo</b> &amp; más</p><ul><li>Uno</li><li>Dos</li></ul>")));
        assertTrue(HtmlSanitizer.isEmptyText(HtmlSanitizer.sanitize("<p><script>x</script></p>")));
    }
}
