package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.mesa.MesaService;
import cl.gob.mintrab.canalregional.mesa.MesaView;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.PublicUrl;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** {@code /admin/cuentas/editar[?id=]}: create or edit an account, its roles and scopes, and its credentials. */
@Named
@ViewScoped
public class AccountEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    RegionService regions;

    @Inject
    MesaService mesas;

    private Long id;
    private AccountView current;
    private String username;
    private String displayName;
    private String email;
    private List<Role> roles = new ArrayList<>();
    private List<String> regionCodes = new ArrayList<>();
    private List<Long> mesaIds = new ArrayList<>();
    private boolean active = true;
    private int version;
    private ResetLink resetLink;
    private List<RegionSummary> units;
    private List<MesaView> allMesas;

    /** View action. */
    public void load() {
        units = regions.findPublishingUnits();
        allMesas = mesas.findAll();
        if (id != null) {
            current = accounts.get(id);
            username = current.username();
            displayName = current.displayName();
            email = current.email();
            roles = new ArrayList<>(current.roles());
            regionCodes = new ArrayList<>(current.regionCodes());
            mesaIds = new ArrayList<>(current.mesaIds());
            active = current.active();
            version = current.version();
        }
    }

    public void save() {
        AccountData data = new AccountData(username, displayName, email, new HashSet<>(roles),
                new HashSet<>(regionCodes), new HashSet<>(mesaIds), active);
        try {
            if (id == null) {
                AccountService.CreatedAccount created = accounts.create(data, baseUrl());
                id = created.id();
                resetLink = created.link();
                FacesErrors.info("admin_cuentas_editar.created");
            } else {
                accounts.update(id, data, version);
                FacesErrors.info("admin_cuentas_editar.saved");
            }
            reload();
        } catch (ValidationException e) {
            FacesErrors.show("form", e);
        }
    }

    public void unlock() {
        accounts.unlock(id);
        FacesErrors.info("admin_cuentas_editar.unlocked");
        reload();
    }

    public void createResetLink() {
        resetLink = accounts.createResetLink(id, baseUrl());
    }

    public void resetSecondFactor() {
        accounts.resetSecondFactor(id);
        FacesErrors.info("admin_cuentas_editar.totp_reset");
        reload();
    }

    private void reload() {
        current = accounts.get(id);
        version = current.version();
    }

    private static String baseUrl() {
        return PublicUrl.base((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public boolean isNew() {
        return id == null;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<RegionSummary> getUnits() {
        return units;
    }

    public List<MesaView> getAllMesas() {
        return allMesas;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AccountView getCurrent() {
        return current;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public List<String> getRegionCodes() {
        return regionCodes;
    }

    public void setRegionCodes(List<String> regionCodes) {
        this.regionCodes = regionCodes;
    }

    public List<Long> getMesaIds() {
        return mesaIds;
    }

    public void setMesaIds(List<Long> mesaIds) {
        this.mesaIds = mesaIds;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public ResetLink getResetLink() {
        return resetLink;
    }
}
