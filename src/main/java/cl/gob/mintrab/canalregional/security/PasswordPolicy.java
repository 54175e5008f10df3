package cl.gob.mintrab.canalregional.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 12 characters (and at most 128), not a common password (nor a common one with
 * digits or symbols around it, nor one written with the usual letter substitutions), and not the user name.
 * Returns message keys, so the form can say exactly what is wrong.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "/cl/gob/mintrab/canalregional/security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the bundled list of common passwords. */
    public static PasswordPolicy standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PasswordPolicy STANDARD = new PasswordPolicy(readList());
    }

    /** @return message keys of the rules the password breaks; empty when it is acceptable */
    public List<String> violations(String username, String password) {
        List<String> violations = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            violations.add("password.too_short");
            return violations;
        }
        if (password.length() > MAX_LENGTH) {
            violations.add("password.too_long");
            return violations;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!user.isEmpty() && (lower.equals(user) || (user.length() >= 4 && lower.contains(user)))) {
            violations.add("password.contains_username");
        }
        if (isCommon(lower)) {
            violations.add("password.common");
        }
        return violations;
    }

    boolean isCommon(String lower) {
        String compact = lower.replaceAll("\\s+", "");
        if (common.contains(compact) || compact.chars().distinct().count() <= 2) {
            return true;
        }
        for (String candidate : List.of(compact, unLeet(compact), stripAccents(compact))) {
            String core = candidate.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (core.length() >= 4 && common.contains(core)) {
                return true;
            }
            // The same common word repeated ("monkeymonkey").
            for (int n = 2; n <= 4; n++) {
                if (core.length() % n == 0 && core.length() / n >= 4) {
                    String part = core.substring(0, core.length() / n);
                    if (part.repeat(n).equals(core) && common.contains(part)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String unLeet(String text) {
        return text.replace('@', 'a').replace('4', 'a').replace('0', 'o').replace('1', 'i').replace('3', 'e')
                .replace('$', 's').replace('5', 's').replace('7', 't');
    }

    private static String stripAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static Set<String> readList() {
        Set<String> words = new HashSet<>(60_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::trim).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
