package cl.gob.mintrab.canalregional.compliance;

import java.time.LocalDate;

/** Read model of a tracked commitment; overdue is computed against today in Chile. */
public record CommitmentView(long id, long programId, int stage, Long objectiveId, Integer objectiveNumber,
                             String description, String responsible, LocalDate deadline, CommitmentStatus status,
                             Long carriedFromId, boolean overdue, int version) {
}
