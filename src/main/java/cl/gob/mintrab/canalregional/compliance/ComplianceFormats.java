package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Percentages the Chilean way for the GT pages and exports: "12,5 %", "100 %", "77,5 %" (at most two decimals,
 * no trailing zeros, a no-break space before the sign), and the heat-map class of a compliance. Pages use it as
 * {@code #{gtfmt.pct(value)}}.
 */
@Named("gtfmt")
@ApplicationScoped
public class ComplianceFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Formats.LOCALE);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy", Formats.LOCALE);

    /** "12,5 %"; "—" for no value. */
    public static String percentage(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return number(value) + "\u00A0%";
    }

    /** "12,5" (no sign), for tables whose header says %. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Formats.LOCALE));
        return format.format(value);
    }

    public String pct(BigDecimal value) {
        return percentage(value);
    }

    public String num(BigDecimal value) {
        return number(value);
    }

    /** "Etapa 3". */
    public String stage(int stage) {
        return cl.gob.mintrab.canalregional.support.Texts.get("gt.stage_label", stage);
    }

    /** "24 de noviembre de 2026". */
    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String shortDay(LocalDate date) {
        return date == null ? "" : SHORT_DAY.format(date);
    }

    /** Heat-map class by compliance band; the value itself is always written in the cell too. */
    public String heat(BigDecimal compliance) {
        if (compliance == null) {
            return "heat heat--none";
        }
        int band = compliance.compareTo(new BigDecimal("100")) >= 0 ? 4
                : compliance.compareTo(new BigDecimal("75")) >= 0 ? 3
                : compliance.compareTo(new BigDecimal("50")) >= 0 ? 2
                : compliance.compareTo(new BigDecimal("25")) >= 0 ? 1 : 0;
        return "heat heat--" + band;
    }

    /** Width of a distribution bar, in % of the largest band. */
    public int barWidth(int count, int max) {
        return max <= 0 ? 0 : Math.round(100f * count / max);
    }
}
