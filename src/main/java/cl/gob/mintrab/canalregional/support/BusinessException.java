package cl.gob.mintrab.canalregional.support;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.util.Arrays;

/**
 * Root of every expected failure of a business operation (not found, refused, invalid). Unchecked and marked
 * for rollback, so a service call that throws it leaves nothing half-saved. It carries a message key of the
 * Spanish resource bundle and its arguments, which the view turns into the message shown to the user; the
 * exception message itself is English and meant for logs.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    protected BusinessException(String messageKey, String logMessage, Object... arguments) {
        super(logMessage);
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** Key in {@code Messages.properties} of the text shown to the user. */
    public String getMessageKey() {
        return messageKey;
    }

    /** The HTTP status for a page or API call that fails with this exception. */
    public int httpStatus() {
        return 400;
    }

    public Object[] getArguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
