package cl.gob.mintrab.canalregional.security;

import java.util.Set;

/**
 * The outcome of a login attempt. Pages show one generic message for every failure except {@link Status#THROTTLED}
 * (which concerns the client's address, not an account) and {@link Status#TOTP_REQUIRED} (reached only with the
 * right password), so the login page never reveals whether an account exists.
 */
public record LoginResult(Status status, String username, Set<Role> roles) {

    public enum Status {
        SUCCESS,
        /** Wrong user name or password, unknown, inactive or locked account: all look the same from outside. */
        INVALID,
        /** Right password; the account has a second factor and no code was given. */
        TOTP_REQUIRED,
        /** Too many failures from this client address. */
        THROTTLED
    }

    static LoginResult of(Status status) {
        return new LoginResult(status, null, Set.of());
    }
}
