package cl.gob.mintrab.canalregional.coverage;

/**
 * What the coverage form sends: a new row ({@code id} null) or a change to one ({@code version} it was read at).
 * The period is text as typed ("2026-09").
 */
public record CoverageEntry(Long id, Integer version, String regionCode, String programmeCode, String period,
                            String comunaCode, Integer quotas, Integer beneficiaries, Integer women, Integer men,
                            Long budgetExecuted) {
}
