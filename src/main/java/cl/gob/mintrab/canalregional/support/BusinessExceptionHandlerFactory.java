package cl.gob.mintrab.canalregional.support;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Turns business failures that a page did not handle itself into what the user should see: a Spanish message on
 * the same page (validation, concurrent change, refused action in a form), or the 400/403/404 page for a request
 * that cannot be served (a page of another region, a form posted without the page's CSP nonce). Everything else goes on to OmniFaces' handler and the 500 page with an incident id.
 */
public class BusinessExceptionHandlerFactory extends ExceptionHandlerFactory {

    public BusinessExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(Handler.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
                Throwable error = it.next().getContext().getException();
                if (handled(context, error)) {
                    it.remove();
                }
            }
            getWrapped().handle();
        }

        private boolean handled(FacesContext context, Throwable error) {
            if (Exceptions.find(error, OptimisticLockException.class).isPresent()) {
                FacesErrors.global("error.concurrent_change");
                return true;
            }
            if (Exceptions.find(error, ViewExpiredException.class).isPresent() && !context.getPartialViewContext().isAjaxRequest()) {
                // A form posted after its view expired (or forged): back to the same page, freshly, with a word why.
                return redirectWithMessage(context, requestPath(context), "error.view_expired");
            }
            if (Exceptions.find(error, ProtectedViewException.class).isPresent()) {
                // A staff page opened from a bookmark or another site instead of from the staff menu.
                return redirectWithMessage(context, "/admin/", "error.protected_view");
            }
            if (Exceptions.find(error, CspException.class).isPresent()) {
                // A form posted without the page's script nonce: not sent by our pages (forged, or very stale).
                return respond(context, 400, "error.bad_request", new Object[0]);
            }
            if (Exceptions.find(error, EJBAccessException.class).isPresent()) {
                // A role check on a service method refused the call before the service could audit it.
                HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
                CDI.current().getBeanManager().getEvent().select(AccessRefused.class)
                        .fire(new AccessRefused(request.getRemoteUser(), request.getRequestURI(), "EJB role check"));
                request.setAttribute(AccessRefused.AUDITED, Boolean.TRUE);
                return respond(context, 403, "error.access_denied", new Object[0]);
            }
            BusinessException business = Exceptions.find(error, BusinessException.class).orElse(null);
            if (business == null) {
                return false;
            }
            LOG.fine(() -> "Business failure shown to the user: " + business.getMessage());
            if (business instanceof ValidationException validation) {
                validation.getErrors().forEach(e -> FacesErrors.global(e.messageKey(), e.arguments()));
                return true;
            }
            if (business.httpStatus() == 403) {
                // Already audited by the service that refused.
                context.getExternalContext().getRequestMap().put(AccessRefused.AUDITED, Boolean.TRUE);
            }
            return respond(context, business.httpStatus(), business.getMessageKey(), business.getArguments());
        }

        private static String requestPath(FacesContext context) {
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            return request.getRequestURI().substring(request.getContextPath().length());
        }

        private static boolean redirectWithMessage(FacesContext context, String path, String key) {
            try {
                ExternalContext external = context.getExternalContext();
                external.getFlash().setKeepMessages(true);
                FacesErrors.global(key);
                external.redirect(external.getRequestContextPath() + path);
                context.responseComplete();
            } catch (IOException | IllegalStateException e) {
                throw new FacesException(e);
            }
            return true;
        }

        /** In a form: a message on the same page. Opening a page: the error page with that status. */
        private static boolean respond(FacesContext context, int status, String key, Object[] arguments) {
            if (status != 400 && (context.isPostback() || context.getPartialViewContext().isAjaxRequest())) {
                FacesErrors.global(key, arguments);
                return true;
            }
            try {
                context.getExternalContext().responseSendError(status, null);
                context.responseComplete();
            } catch (IOException | IllegalStateException e) {
                throw new FacesException(e);
            }
            return true;
        }
    }
}
