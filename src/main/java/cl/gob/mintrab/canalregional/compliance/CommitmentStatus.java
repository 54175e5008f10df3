package cl.gob.mintrab.canalregional.compliance;

/** Status of a commitment of a stage report. */
public enum CommitmentStatus {
    PENDIENTE,
    EN_CURSO,
    CUMPLIDO,
    /** Still open when the stage ended: a copy carries it into the next stage. */
    TRASPASADO;

    public boolean open() {
        return this == PENDIENTE || this == EN_CURSO;
    }
}
