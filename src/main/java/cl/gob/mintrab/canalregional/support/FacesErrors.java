package cl.gob.mintrab.canalregional.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

/**
 * Shows a service's {@link ValidationException} on the page: each error next to the input whose id is the
 * error's field name (forms follow that convention), the rest at the top of the form. Marks those inputs invalid
 * so they are announced and outlined.
 */
public final class FacesErrors {

    private FacesErrors() {
    }

    public static void show(String formId, ValidationException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (ValidationException.FieldError error : e.getErrors()) {
            String text = Texts.get(error.messageKey(), error.arguments());
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
            UIComponent input = error.field() == null ? null
                    : context.getViewRoot().findComponent(":" + formId + ":" + error.field());
            if (input instanceof jakarta.faces.component.UIInput field) {
                field.setValid(false);
                context.addMessage(input.getClientId(context), message);
            } else {
                context.addMessage(null, message);
            }
        }
        context.validationFailed();
    }

    public static void global(String key, Object... arguments) {
        String text = Texts.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(String key, Object... arguments) {
        String text = Texts.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
