package cl.gob.mintrab.canalregional.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the employment-series form sends. Changing the figures of an existing quarter records a revision, with
 * {@code note} saying why; {@code revised} marks a figure as revised even when it is entered for the first time.
 */
public record EmploymentEntry(Long id, Integer version, String regionCode, String quarterEnd,
                              BigDecimal unemploymentRate, Integer labourForce, Integer employed, String source,
                              LocalDate publishedOn, boolean revised, String note) {
}
