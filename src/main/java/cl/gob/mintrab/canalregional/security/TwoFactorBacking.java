package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /cuenta/dos-factores}: enrol an authenticator app, see recovery codes once, or remove the second factor. */
@Named
@ViewScoped
public class TwoFactorBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    SessionUser sessionUser;

    private boolean enabled;
    private boolean required;
    private TotpEnrolment enrolment;
    private String code;
    private String password;
    private List<String> recoveryCodes;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        accounts.findSessionInfo().ifPresent(info -> {
            sessionUser.setInfo(info);
            enabled = info.totpEnabled();
            required = info.totpSetupRequired();
        });
    }

    public void start() {
        enrolment = accounts.startTotpEnrolment();
        code = null;
    }

    public void confirm() {
        try {
            recoveryCodes = accounts.confirmTotpEnrolment(code);
            enrolment = null;
            code = null;
            refresh();
            FacesErrors.info("cuenta_dos_factores.enabled");
        } catch (ValidationException e) {
            FacesErrors.show("enrol", e);
        }
    }

    public void regenerate() {
        try {
            recoveryCodes = accounts.regenerateRecoveryCodes(password);
            password = null;
        } catch (ValidationException e) {
            FacesErrors.show("manage", e);
        }
    }

    public void disable() {
        try {
            accounts.disableOwnTotp(password);
            password = null;
            recoveryCodes = null;
            refresh();
            FacesErrors.info("cuenta_dos_factores.disabled");
        } catch (ValidationException e) {
            FacesErrors.show("manage", e);
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isRequired() {
        return required;
    }

    public TotpEnrolment getEnrolment() {
        return enrolment;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
