package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /admin/seguridad}: the security policies an administrator can change. */
@Named
@ViewScoped
public class SecuritySettingsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SecuritySettings settings;

    private boolean totpRequiredForAdmins;

    @PostConstruct
    void init() {
        totpRequiredForAdmins = settings.isTotpRequiredForAdmins();
    }

    public void save() {
        settings.setTotpRequiredForAdmins(totpRequiredForAdmins);
        FacesErrors.info("admin_seguridad.saved");
    }

    public boolean isTotpRequiredForAdmins() {
        return totpRequiredForAdmins;
    }

    public void setTotpRequiredForAdmins(boolean totpRequiredForAdmins) {
        this.totpRequiredForAdmins = totpRequiredForAdmins;
    }
}
