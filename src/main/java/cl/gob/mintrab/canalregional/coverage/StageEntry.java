package cl.gob.mintrab.canalregional.coverage;

import java.time.LocalDate;

/** When the Bonificación process reached a stage (null: not yet), with a note. */
public record StageEntry(LocalDate date, String note) implements java.io.Serializable {

    public static final StageEntry NONE = new StageEntry(null, null);

    public boolean reached() {
        return date != null;
    }
}
