package cl.gob.mintrab.canalregional.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.convert.Converter;
import jakarta.faces.context.FacesContext;

import java.util.Collection;

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
            if (input instanceof UIInput field) {
                markInvalid(context, field);
                context.addMessage(input.getClientId(context), message);
            } else {
                context.addMessage(null, message);
            }
        }
        context.validationFailed();
    }

    /**
     * Marks an input invalid (announced with aria-invalid, outlined) while keeping what the user typed: an invalid
     * input is rendered from its submitted value, which the update-model phase has already cleared, so it is put
     * back, as text. Lists (tags) and date pickers, whose submitted values are not plain text, keep their message
     * but are not marked, so that nothing typed is lost.
     */
    private static void markInvalid(FacesContext context, UIInput field) {
        Object value = field.getValue();
        if (value instanceof Collection<?> || (value != null && value.getClass().isArray())
                || field instanceof org.primefaces.component.api.UICalendar) {
            return;
        }
        if (field.getSubmittedValue() == null) {
            Converter<Object> converter = converterFor(context, field, value);
            field.setSubmittedValue(value == null ? "" : converter == null ? value.toString()
                    : converter.getAsString(context, field, value));
        }
        field.setValid(false);
    }

    @SuppressWarnings("unchecked")
    private static Converter<Object> converterFor(FacesContext context, UIInput field, Object value) {
        if (field.getConverter() != null) {
            return (Converter<Object>) field.getConverter();
        }
        return value == null || value instanceof String ? null
                : (Converter<Object>) context.getApplication().createConverter(value.getClass());
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
