package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** {@code /cuenta/clave}: the user changes their own password (forced after the first login). */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    AccountService accounts;

    @Inject
    SessionUser sessionUser;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void save() throws IOException {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            FacesErrors.show("form", ValidationException.of("confirmation", "password.confirmation_mismatch"));
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
        } catch (ValidationException e) {
            FacesErrors.show("form", e);
            return;
        }
        accounts.findSessionInfo().ifPresent(sessionUser::setInfo);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesErrors.info("cuenta_clave.saved");
        external.redirect(external.getRequestContextPath() + (sessionUser.isStaff() ? "/admin/" : "/cuenta/"));
    }

    public boolean isForced() {
        return sessionUser.getInfo() != null && sessionUser.getInfo().mustChangePassword();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
}
