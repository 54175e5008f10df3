package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /restablecer-clave?token=...}: the owner of a one-time link chooses a new password. */
@Named
@ViewScoped
public class PasswordResetBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String token;
    private String username;
    private String newPassword;
    private String confirmation;
    private boolean done;

    /** View action: checks the link once when the page opens. */
    public void load() {
        username = accounts.findResetUsername(token).orElse(null);
    }

    public void save() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            FacesErrors.show("form", ValidationException.of("confirmation", "password.confirmation_mismatch"));
            return;
        }
        try {
            accounts.completeReset(token, newPassword);
            done = true;
            newPassword = null;
            confirmation = null;
        } catch (ValidationException e) {
            FacesErrors.show("form", e);
        }
    }

    public boolean isValid() {
        return username != null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isDone() {
        return done;
    }
}
