package cl.gob.mintrab.canalregional.coverage;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Consistency of a Bonificación report, shared by the entry form and the import: the stages are reached in order
 * (no stage without the previous ones, no date before the previous stage's), and no stage date falls after the
 * month the report is for.
 */
public final class BonificacionRules {

    /** A broken rule about one stage: a message key and its arguments (stage labels are message keys too). */
    public record Problem(BonificacionStage stage, String messageKey, List<Serializable> arguments) {
    }

    private BonificacionRules() {
    }

    public static List<Problem> check(YearMonth period, BonificacionValues values) {
        List<Problem> problems = new ArrayList<>();
        BonificacionStage previous = null;
        LocalDate previousDate = null;
        boolean gap = false;
        for (BonificacionStage stage : BonificacionStage.values()) {
            StageEntry entry = values.stage(stage);
            if (!entry.reached()) {
                gap = true;
                previous = stage;
                continue;
            }
            if (gap) {
                problems.add(new Problem(stage, "bonificacion.stage_skipped", List.of(label(stage), label(previous))));
            } else if (previousDate != null && entry.date().isBefore(previousDate)) {
                problems.add(new Problem(stage, "bonificacion.stage_before_previous",
                        List.of(label(stage), label(previous))));
            }
            if (period != null && entry.date().isAfter(period.atEndOfMonth())) {
                problems.add(new Problem(stage, "bonificacion.stage_after_period",
                        List.of(label(stage), entry.date().toString(), Periods.iso(period))));
            }
            previous = stage;
            previousDate = entry.date();
        }
        return problems;
    }

    /** The Spanish name of a stage, e.g. "convocatoria". */
    static String label(BonificacionStage stage) {
        return cl.gob.mintrab.canalregional.support.Texts.get("BonificacionStage." + stage.name()).toLowerCase(
                cl.gob.mintrab.canalregional.support.Formats.LOCALE);
    }
}
