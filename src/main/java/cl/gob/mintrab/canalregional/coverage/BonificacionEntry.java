package cl.gob.mintrab.canalregional.coverage;

import java.time.LocalDate;
import java.util.Map;

/** What the Bonificación form sends; {@code stages} holds the date and note of each stage reached. */
public record BonificacionEntry(Long id, Integer version, String regionCode, String period, Integer quotasAssigned,
                                Integer jobsBonified, Integer companies, Long amountPaid,
                                Map<BonificacionStage, StageEntry> stages) {

    public StageEntry stage(BonificacionStage stage) {
        StageEntry entry = stages == null ? null : stages.get(stage);
        return entry == null ? StageEntry.NONE : entry;
    }

    static String dateText(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
