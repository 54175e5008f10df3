package cl.gob.mintrab.canalregional.compliance;

import java.time.LocalDate;

/** Read model of a work programme's header. */
public record ProgramView(long id, int year, String name, int stage, ProgramStatus status, LocalDate periodStart,
                          LocalDate periodEnd, String sourceNote, boolean demo, int version) {

    static ProgramView of(WorkProgram p) {
        return new ProgramView(p.getId(), p.getYear(), p.getName(), p.getStage(), p.getStatus(), p.getPeriodStart(),
                p.getPeriodEnd(), p.getSourceNote(), p.isDemo(), p.getVersion());
    }

    public boolean draft() {
        return status == ProgramStatus.BORRADOR;
    }

    public boolean active() {
        return status == ProgramStatus.ACTIVO;
    }

    public boolean frozen() {
        return status == ProgramStatus.CONGELADO;
    }
}
