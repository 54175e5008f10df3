package cl.gob.mintrab.canalregional.coverage;

/** The figures of a coverage row: cupos, beneficiaries (with women and men), budget executed in CLP. */
public record CoverageValues(Integer quotas, int beneficiaries, Integer women, Integer men, Long budgetExecuted)
        implements java.io.Serializable {
}
