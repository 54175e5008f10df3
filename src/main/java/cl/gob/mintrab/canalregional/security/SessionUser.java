package cl.gob.mintrab.canalregional.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * The logged-in account as the staff pages show it (name, roles, pending obligations such as a forced password
 * change). Filled at login and refreshed when the account changes itself; lives in the instance's session.
 */
@Named
@SessionScoped
public class SessionUser implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private SessionInfo info;

    public SessionInfo getInfo() {
        return info;
    }

    public void setInfo(SessionInfo info) {
        this.info = info;
    }

    public boolean isLoaded() {
        return info != null;
    }

    public boolean hasRole(String role) {
        return info != null && info.roles().stream().anyMatch(r -> r.name().equals(role));
    }

    public boolean isStaff() {
        return hasRole(Role.Names.ADMIN) || hasRole(Role.Names.CENTRAL) || hasRole(Role.Names.EDITOR);
    }
}
