package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.Formats;
import org.junit.jupiter.api.Test;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsTest {

    @Test
    void barsAreAnInlineSvgImageWithSpanishNumbers() {
        String svg = Charts.bars("grafico-programas", "Gráfico de barras: beneficiarios por programa.", "Beneficiarios",
                List.of(new Charts.Bar("Programa de Inversión en la Comunidad", 12345),
                        new Charts.Bar("Chile Solidario <script>alert(1)</script>", 678)),
                NumberFormat.getIntegerInstance(Formats.LOCALE));
        assertTrue(svg.startsWith("<svg class=\"chart\" role=\"img\" focusable=\"false\" aria-label=\"Gráfico de barras"), svg.substring(0, 120));
        assertTrue(svg.contains(">12.345<"), "values are written in Spanish format on the bars");
        assertTrue(svg.contains("Programa de Inversión en la Comunidad"));
        assertFalse(svg.contains("<script"), "labels are escaped");
        assertTrue(svg.contains("id='grafico-programas'"));
        assertTrue(svg.contains("viewBox='0.0 0.0 760.0 "), "scales with the page");
        assertFalse(svg.contains("xmlns:jfreesvg"), "no namespace prefix declaration: not allowed in HTML");
    }

    @Test
    void aLineWithItsExtremesLabelled() {
        List<Charts.Point> points = new ArrayList<>();
        double[] rates = {8.1, 8.4, 7.9, 9.2, 8.8};
        for (int i = 0; i < rates.length; i++) {
            points.add(new Charts.Point(YearMonth.of(2026, 5 + i), rates[i]));
        }
        NumberFormat format = NumberFormat.getNumberInstance(Formats.LOCALE);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        String svg = Charts.line("grafico-tasa", "Gráfico de líneas", "Tasa de desocupación (%)", points, format);
        assertEquals(List.of("8,1", "7,9", "9,2", "8,8"), valueLabels(svg),
                "only first, last, lowest and highest are written next to their points");
    }

    /** Texts drawn in bold: the value labels (and the axis label). */
    private static List<String> valueLabels(String svg) {
        List<String> labels = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text[^>]*font-weight: bold;[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            if (!m.group(1).startsWith("Tasa")) {
                labels.add(m.group(1));
            }
        }
        return labels;
    }
}
