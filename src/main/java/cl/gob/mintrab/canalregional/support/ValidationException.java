package cl.gob.mintrab.canalregional.support;

import java.io.Serial;
import java.util.List;

/**
 * Input a service refuses, with one message key per offending field so the form can show each message next to
 * its field. Nothing has been saved when it is thrown (rollback).
 */
public class ValidationException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A rule broken by one field; {@code field} is null for errors about the whole form. */
    public record FieldError(String field, String messageKey, Object... arguments) {
    }

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "error.invalid" : errors.get(0).messageKey(), "Invalid input: " + errors.stream()
                .map(e -> e.field() + "=" + e.messageKey()).toList());
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String messageKey, Object... arguments) {
        return new ValidationException(List.of(new FieldError(field, messageKey, arguments)));
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
