package cl.gob.mintrab.canalregional.security;

import java.time.LocalDate;

/** Filters of the audit log page; any of them may be null. Dates are Chile's calendar days, inclusive. */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String regionCode, String entityType,
                          AuditAction action) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
