package cl.gob.mintrab.canalregional.coverage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a region reports about the Bonificación for a month: figures to date and the management stages reached.
 * The current stage is the last one with a date.
 */
public record BonificacionValues(int quotasAssigned, int jobsBonified, int companies, long amountPaid,
                                 Map<BonificacionStage, StageEntry> stages) implements java.io.Serializable {

    public BonificacionValues {
        EnumMap<BonificacionStage, StageEntry> copy = new EnumMap<>(BonificacionStage.class);
        for (BonificacionStage stage : BonificacionStage.values()) {
            StageEntry entry = stages == null ? null : stages.get(stage);
            copy.put(stage, entry == null ? StageEntry.NONE : entry);
        }
        stages = Collections.unmodifiableMap(copy);
    }

    public StageEntry stage(BonificacionStage stage) {
        return stages.get(stage);
    }

    /** The last stage reached, or null before the call. */
    public BonificacionStage currentStage() {
        BonificacionStage current = null;
        for (BonificacionStage stage : BonificacionStage.values()) {
            if (stages.get(stage).reached()) {
                current = stage;
            }
        }
        return current;
    }
}
