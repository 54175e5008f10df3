package cl.gob.mintrab.canalregional.security;

/** One changed field of an audited entity. Values are text; secrets are masked. */
public record AuditChange(String field, String oldValue, String newValue) {

    public static final String MASKED = "(oculto)";
}
