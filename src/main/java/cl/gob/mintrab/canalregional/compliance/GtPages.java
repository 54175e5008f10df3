package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.BinaryResponses;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.context.ExternalContext;
import jakarta.servlet.ServletResponse;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Helpers shared by the GT backing beans: outcomes of the GT pages, flash messages, downloads, decimal input. */
final class GtPages {

    static final String BASE = "/admin/gestion-territorial/";

    private GtPages() {
    }

    static String program(long id) {
        return BASE + "programa?faces-redirect=true&id=" + id;
    }

    static String unit(long programId, String regionCode) {
        return BASE + "unidad?faces-redirect=true&programa=" + programId + "&region=" + regionCode;
    }

    /**
     * {@link FacesErrors#show}, keeping what the user typed on screen: an input marked invalid without a submitted
     * value would otherwise render empty (PrimeFaces, with empty strings read as null).
     */
    static void showErrors(String formId, ValidationException e) {
        FacesErrors.show(formId, e);
        FacesContext context = FacesContext.getCurrentInstance();
        for (ValidationException.FieldError error : e.getErrors()) {
            if (error.field() != null && context.getViewRoot().findComponent(":" + formId + ":" + error.field())
                    instanceof jakarta.faces.component.UIInput input && input.getSubmittedValue() == null
                    && !(input instanceof jakarta.faces.component.html.HtmlInputFile)) {
                Object value = input.getValue();
                input.setSubmittedValue(value == null ? "" : value.toString());
            }
        }
    }

    /** An info message that survives the redirect that follows. */
    static void keepMessage(String key, Object... arguments) {
        FacesErrors.info(key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * A percentage typed by a person: "12,5", "12.5", "12,5 %", or blank (null).
     *
     * @throws ValidationException on the field when it is not a number
     */
    static BigDecimal percentage(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value = ProgramCsv.parseDecimal(text);
        if (value == null) {
            throw ValidationException.of(field, "gt.not_a_number");
        }
        return value;
    }

    /** Text of a percentage for an input: "12,5". */
    static String percentageText(BigDecimal value) {
        return value == null ? null : ComplianceFormats.number(value).replace(".", "");
    }

    /** Sends a download (attachment) and completes the response. */
    static void download(String fileName, String contentType, Consumer<OutputStream> writer) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        BinaryResponses.contentType((ServletResponse) external.getResponse(), contentType);
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        external.setResponseHeader("Cache-Control", "no-store");
        writer.accept(external.getResponseOutputStream());
        context.responseComplete();
    }
}
