package cl.gob.mintrab.canalregional.security;

import jakarta.enterprise.context.RequestScoped;

/** Carries the detailed result of the identity store to the login page within the same request. */
@RequestScoped
public class LoginOutcome {

    private LoginResult.Status status;

    public LoginResult.Status getStatus() {
        return status;
    }

    public void setStatus(LoginResult.Status status) {
        this.status = status;
    }
}
