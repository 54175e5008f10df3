package cl.gob.mintrab.canalregional.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Logging out (a POST from the staff header, so no other site can log a user out): audited, session ended. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    AuditLog auditLog;

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            auditLog.record(AuditAction.LOGOUT, "Account", null, null, null);
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/acceso?salida=1");
    }
}
