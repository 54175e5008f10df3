package cl.gob.mintrab.canalregional.support;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the Spanish bundle for code that is not a page: messages built from business exceptions. */
public final class Texts {

    private static final String BUNDLE = "cl.gob.mintrab.canalregional.i18n.Messages";

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Formats.LOCALE).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments == null || arguments.length == 0 ? pattern
                : new MessageFormat(pattern, Formats.LOCALE).format(arguments);
    }
}
