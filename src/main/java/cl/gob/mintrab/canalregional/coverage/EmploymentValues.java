package cl.gob.mintrab.canalregional.coverage;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A region's employment figures for a moving quarter, with their source and publication date. */
public record EmploymentValues(BigDecimal unemploymentRate, int labourForce, int employed, String source,
                               LocalDate publishedOn) implements java.io.Serializable {

    /** Whether the figures themselves differ (a different value makes the new one a revision). */
    public boolean differsFrom(EmploymentValues other) {
        return other == null || unemploymentRate.compareTo(other.unemploymentRate) != 0
                || labourForce != other.labourForce || employed != other.employed
                || !source.equals(other.source) || !publishedOn.equals(other.publishedOn);
    }
}
