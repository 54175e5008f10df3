package cl.gob.mintrab.canalregional.coverage;

/** A stage of the Bonificación process on the public timeline. */
public record TimelineStep(BonificacionStage stage, StageEntry entry, State state) {

    /** Done, the current stage, or still to come. */
    public enum State { DONE, CURRENT, PENDING }
}
