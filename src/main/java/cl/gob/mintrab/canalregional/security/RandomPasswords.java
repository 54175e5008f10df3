package cl.gob.mintrab.canalregional.security;

import java.security.SecureRandom;

/** Random passwords for generated accounts, without characters that are easily confused (0/O, 1/l/I). */
final class RandomPasswords {

    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPasswords() {
    }

    static String generate(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
