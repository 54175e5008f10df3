package cl.gob.mintrab.canalregional.site;

import jakarta.annotation.PostConstruct;
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
