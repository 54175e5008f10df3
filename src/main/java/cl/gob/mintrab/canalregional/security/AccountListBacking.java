package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /admin/cuentas}: accounts with filters, one page at a time. */
@Named
@ViewScoped
public class AccountListBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String text;
    private Role role;
    private String regionCode;
    private Boolean active;
    private PagedModel<AccountView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> accounts.count(query()), (first, max) -> accounts.find(query(), first, max));
    }

    private AccountQuery query() {
        return new AccountQuery(text, role, regionCode, active);
    }

    public PagedModel<AccountView> getModel() {
        return model;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
