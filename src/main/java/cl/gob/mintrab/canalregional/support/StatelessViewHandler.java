package cl.gob.mintrab.canalregional.support;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

import java.util.List;

/**
 * Decides which views keep state. Public pages are stateless (transient), so anonymous readers never get an
 * HTTP session; the staff and account pages, whose forms change data, keep Faces' view state, which is also
 * their CSRF token. Deciding it when the view root is created (not later, when the page's f:view is built)
 * matters: PrimeFaces stores the CSP nonce of a stateful view in its view map, which would open a session.
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

    /** View ids (prefixes) of the pages with forms. */
    static final List<String> STATEFUL = List.of("/admin/", "/cuenta/", "/acceso.xhtml", "/restablecer-clave.xhtml");

    public StatelessViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null) {
            root.setTransient(!isStateful(root.getViewId()));
        }
        return root;
    }

    static boolean isStateful(String viewId) {
        return viewId != null && STATEFUL.stream().anyMatch(viewId::startsWith);
    }
}
