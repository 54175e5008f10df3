package cl.gob.mintrab.canalregional.site;

import cl.gob.mintrab.canalregional.support.AccessRefused;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the error pages. For server errors it creates an incident id, logs the failure under that id (with
 * the stack trace, which never reaches the reader) and shows the id so a reader's report can be matched to
 * the log.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    private static final Logger LOG = Logger.getLogger(ErrorPageBacking.class.getName());
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    @Inject
    Event<AccessRefused> accessRefused;

    private String incidentId;

    @PostConstruct
    void init() {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        boolean serverError = error != null || (status instanceof Integer code && code >= 500);
        if (serverError) {
            incidentId = newIncidentId();
            LOG.log(Level.SEVERE, String.format("Incidente %s: error %s en %s %s", incidentId, status,
                    request.getMethod(), request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)), error);
        }
    }

    /**
     * View action of the 403 page: a refusal by a URL constraint (a role that may not enter that area) is audited
     * like any other; refusals by services were audited where they happened.
     */
    public void auditRefusal() {
        if (request.getUserPrincipal() != null && request.getAttribute(AccessRefused.AUDITED) == null) {
            request.setAttribute(AccessRefused.AUDITED, Boolean.TRUE);
            accessRefused.fire(new AccessRefused(request.getUserPrincipal().getName(),
                    String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)), "URL constraint"));
        }
    }

    static String newIncidentId() {
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id, 0, 5) + "-" + new String(id, 5, 5);
    }

    public String getIncidentId() {
        return incidentId;
    }
}
