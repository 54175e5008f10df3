package cl.gob.mintrab.canalregional.security;

/** What an audit entry records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** A workflow transition (e.g. BORRADOR to EN_REVISION), with its comment or reason. */
    TRANSITION,
    LOGIN,
    LOGOUT,
    LOGIN_FAILED,
    LOCKOUT,
    THROTTLED,
    ACCESS_DENIED,
    PASSWORD_CHANGED,
    PASSWORD_RESET_LINK,
    PASSWORD_RESET,
    TOTP_ENABLED,
    TOTP_DISABLED,
    EXPORT
}
