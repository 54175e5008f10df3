package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.FacesErrors;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.Serial;
import java.io.Serializable;

/**
 * The login page {@code /acceso}: user name and password, then (for accounts with a second factor) the code.
 * Every failure shows the same message, so the page never says whether an account exists.
 */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginOutcome outcome;

    @Inject
    AccountService accounts;

    @Inject
    SessionUser sessionUser;

    private String username;
    private String password;
    private String code;
    private boolean secondStep;

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // A new session id before the session becomes authenticated: no fixation.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters
                .withParams().credential(new CanalCredential(username, password, secondStep ? code : null))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                password = null;
                accounts.findSessionInfo().ifPresent(sessionUser::setInfo);
                external.redirect(redirectUrl(context, landingPage(request)));
            }
            case SEND_CONTINUE -> {
                password = null;
                context.responseComplete();
            }
            default -> failed();
        }
    }

    private void failed() {
        LoginResult.Status reason = outcome.getStatus();
        if (reason == LoginResult.Status.TOTP_REQUIRED) {
            secondStep = true;
            FacesErrors.info("acceso.second_factor_needed");
            return;
        }
        password = null;
        code = null;
        if (reason == LoginResult.Status.THROTTLED) {
            FacesErrors.global("acceso.throttled");
        } else {
            secondStep = false;
            FacesErrors.global("acceso.failed");
        }
    }

    /** Where to go after login: a pending obligation first, then the page that was asked for, then home. */
    private String landingPage(HttpServletRequest request) {
        String requested = CanalAuthenticationMechanism.takeRequestedPage(request);
        SessionInfo info = sessionUser.getInfo();
        if (info != null && info.mustChangePassword()) {
            return AccountStateFilter.CHANGE_PASSWORD;
        }
        if (requested != null) {
            return requested;
        }
        return sessionUser.isStaff() ? "/admin/" : "/cuenta/";
    }

    /**
     * The URL of a page of this site; for a Faces view it goes through the view handler, which adds the token a
     * protected staff page requires.
     */
    private static String redirectUrl(FacesContext context, String path) throws IOException {
        ExternalContext external = context.getExternalContext();
        int q = path.indexOf('?');
        String plain = q < 0 ? path : path.substring(0, q);
        String viewId = (plain.endsWith("/") ? plain + "index" : plain) + ".xhtml";
        if (external.getResource(viewId) == null) {
            return external.getRequestContextPath() + path;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                parameters.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                        .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return context.getApplication().getViewHandler().getRedirectURL(context, viewId, parameters, false);
    }

    public void restart() {
        secondStep = false;
        password = null;
        code = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isSecondStep() {
        return secondStep;
    }
}
