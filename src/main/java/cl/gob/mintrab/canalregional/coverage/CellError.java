package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.Texts;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** A problem with a row of an import file: the column (null for the whole row) and a message key with arguments. */
public record CellError(String column, String messageKey, List<Serializable> arguments) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public CellError {
        arguments = List.copyOf(arguments);
    }

    public static CellError of(String column, String messageKey, Serializable... arguments) {
        return new CellError(column, messageKey, List.of(arguments));
    }

    /** The Spanish message. */
    public String text() {
        return Texts.get(messageKey, arguments.toArray());
    }
}
