package cl.gob.mintrab.canalregional.support;

/**
 * A CDI event: a request was refused for lack of permission somewhere the services' own check did not see it
 * (a URL constraint, an EJB role check). The security feature observes it and writes the audit entry.
 */
public record AccessRefused(String username, String path, String detail) {

    /** Request attribute set once a refusal of the current request has been audited, so it is audited once. */
    public static final String AUDITED = "canal.access-refusal-audited";
}
