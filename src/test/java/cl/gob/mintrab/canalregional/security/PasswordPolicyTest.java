package cl.gob.mintrab.canalregional.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void elevenCharactersAreTooFewTwelveAreEnough() {
        assertEquals(List.of("password.too_short"), policy.violations("ana", "Kx7#pq2!Lm9"));
        assertEquals(List.of(), policy.violations("ana", "Kx7#pq2!Lm9z"));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertEquals(List.of(), policy.violations("ana", "ñandú-pingüino-ñ"));
        assertEquals(List.of("password.too_short"), policy.violations("ana", "ñandúñandú"));
    }

    @Test
    void tooLongIsRefused() {
        assertEquals(List.of("password.too_long"), policy.violations("ana", "a-b".repeat(50)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwertyuiop123", "password1234", "P@ssw0rd2024!", "contraseña2025", "Contrasena123.",
            "123456789012", "aaaaaaaaaaaaaaaa", "monkeymonkeymonkey", "iloveyou1234", "chilechile2026"})
    void commonPasswordsAndTheirVariationsAreRefused(String password) {
        assertTrue(policy.violations("ana", password).contains("password.common"), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pjperez", "PJPerez"})
    void theUserNameIsNotAPassword(String username) {
        assertTrue(policy.violations(username, "pjperez").contains("password.too_short"));
        assertTrue(policy.violations(username, "pjperez-2026-ok").contains("password.contains_username"));
        assertTrue(policy.violations("pjperezpjperez", "pjperezpjperez").contains("password.contains_username"));
    }

    @Test
    void aPassphraseIsAccepted() {
        assertEquals(List.of(), policy.violations("mrojas", "caballo correcto batería grapa"));
        assertEquals(List.of(), policy.violations("mrojas", "Seremía-Ñuble-lluvia-83"));
    }
}
