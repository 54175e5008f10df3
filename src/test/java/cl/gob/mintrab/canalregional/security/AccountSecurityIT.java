package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import cl.gob.mintrab.canalregional.testsupport.Fixtures;
import cl.gob.mintrab.canalregional.testsupport.Sql;
import cl.gob.mintrab.canalregional.testsupport.TestLogin;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs inside Payara: accounts, passwords, lockout, throttling, second factor and the audit log, on MariaDB. */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

    private static final String NEW_PASSWORD = "Una-clave-larga-y-rara-77";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    Fixtures fixtures;

    @Inject
    TestLogin login;

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @AfterEach
    void logout() {
        login.logout();
    }

    private String admin() {
        String username = Fixtures.uniqueUsername("admin");
        fixtures.account(username, Set.of(Role.ADMIN), Set.of(), Set.of());
        return username;
    }

    private String user(Role role, String... regions) {
        String username = Fixtures.uniqueUsername(role.name().toLowerCase());
        fixtures.account(username, Set.of(role), Set.of(regions), Set.of());
        return username;
    }

    @Test
    void theFirstAdministratorWasCreatedOnTheEmptyDatabase() throws SQLException {
        List<List<String>> rows = rows("SELECT a.password_hash, r.role FROM account a JOIN account_role r ON r.account_id = a.id "
                + "WHERE a.username = 'admin'");
        assertEquals(1, rows.size());
        assertEquals("ADMIN", rows.get(0).get(1));
        assertTrue(rows.get(0).get(0).startsWith("PBKDF2WithHmacSHA512:210000:"));
        assertFalse(rows.get(0).get(0).contains("Admin-de-prueba-2026"));
    }

    @Test
    void passwordsAreStoredOnlyAsPbkdf2Hashes() throws SQLException {
        login.as(admin());
        String username = Fixtures.uniqueUsername("nueva");
        AccountService.CreatedAccount created = accounts.create(new AccountData(username, "Nueva Persona",
                "nueva@example.cl", Set.of(Role.EDITOR), Set.of("08"), Set.of(), true), "http://localhost");
        String token = created.link().url().substring(created.link().url().indexOf("token=") + 6);
        login.logout();
        accounts.completeReset(token, NEW_PASSWORD);

        String hash = rows("SELECT password_hash FROM account WHERE username = '" + username + "'").get(0).get(0);
        assertTrue(hash.matches("PBKDF2WithHmacSHA512:210000:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+"), hash);
        assertEquals(0, count("SELECT COUNT(*) FROM account WHERE password_hash LIKE '%" + NEW_PASSWORD + "%' OR "
                + "totp_secret LIKE '%" + NEW_PASSWORD + "%'"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE changes LIKE '%" + NEW_PASSWORD + "%' "
                + "OR summary LIKE '%" + NEW_PASSWORD + "%' OR changes LIKE '%PBKDF2%'"), "no secret in the audit log");
        assertEquals(0, count("SELECT COUNT(*) FROM password_reset WHERE token_hash = '" + token + "'"),
                "reset links are stored only hashed");
        assertEquals(LoginResult.Status.SUCCESS, authentication.authenticate(username, NEW_PASSWORD, null, "192.0.2.10").status());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry a JOIN account c ON a.entity_id = c.id "
                + "WHERE a.entity_type = 'Account' AND a.action = 'UPDATE' AND c.username = '" + username + "' "
                + "AND a.changes LIKE '%\"field\":\"passwordHash\",\"old\":\"(oculto)\",\"new\":\"(oculto)\"%'"),
                "the password change is audited, its value is not");
    }

    @Test
    void accountLocksAfterFiveFailuresAndOpensAfterTheLockTime() throws SQLException {
        String username = user(Role.EDITOR, "08");
        for (int i = 0; i < 5; i++) {
            assertEquals(LoginResult.Status.INVALID, authentication.authenticate(username, "incorrecta-" + i, null, "192.0.2.20").status());
        }
        Instant lockedUntil = Instant.parse(rows("SELECT DATE_FORMAT(locked_until, '%Y-%m-%dT%H:%i:%s.%fZ') FROM account "
                + "WHERE username = '" + username + "'").get(0).get(0));
        assertTrue(lockedUntil.isAfter(Instant.now().plusSeconds(14 * 60)) && lockedUntil.isBefore(Instant.now().plusSeconds(16 * 60)),
                "locked for 15 minutes: " + lockedUntil);
        assertEquals(LoginResult.Status.INVALID, authentication.authenticate(username, Fixtures.PASSWORD, null, "192.0.2.20").status(),
                "the right password does not open a locked account");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOCKOUT' AND actor = '" + username + "'"));
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_FAILED' AND actor = '" + username
                + "' AND summary LIKE 'cuenta bloqueada%'") >= 1);

        // Fifteen minutes later.
        execute("UPDATE account SET locked_until = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE username = '" + username + "'");
        assertEquals(LoginResult.Status.SUCCESS, authentication.authenticate(username, Fixtures.PASSWORD, null, "192.0.2.20").status());
        assertEquals("0", rows("SELECT failed_attempts FROM account WHERE username = '" + username + "'").get(0).get(0));
    }

    @Test
    void failedLoginsAreThrottledPerClientAddressWithoutStoringIt() throws SQLException {
        String username = user(Role.EDITOR, "08");
        String address = "198.51.100." + (1 + (int) (Math.random() * 250));
        for (int attempt = 0; attempt < 2; attempt++) {
            var windowBefore = LoginThrottle.windowStart(Instant.now());
            for (int i = 0; i < 20; i++) {
                authentication.authenticate("nadie-" + i, "x", null, address);
            }
            if (windowBefore.equals(LoginThrottle.windowStart(Instant.now()))) {
                break; // all 20 failures fell in the same 15-minute window
            }
        }
        assertEquals(LoginResult.Status.THROTTLED, authentication.authenticate(username, Fixtures.PASSWORD, null, address).status());
        assertEquals(LoginResult.Status.SUCCESS, authentication.authenticate(username, Fixtures.PASSWORD, null, "198.51.100.251").status(),
                "another address is not affected");
        assertEquals(0, count("SELECT COUNT(*) FROM login_throttle WHERE client_hash LIKE '%" + address + "%'"));
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'THROTTLED' AND client_address = '" + address + "'") >= 1);
    }

    @Test
    void loginsAndFailuresAreAuditedWithoutSayingMoreToTheCaller() throws SQLException {
        String username = user(Role.CENTRAL);
        assertEquals(LoginResult.Status.INVALID, authentication.authenticate(username, "incorrecta", null, "192.0.2.30").status());
        assertEquals(LoginResult.Status.INVALID, authentication.authenticate("no-existe-" + username, "x", null, "192.0.2.30").status(),
                "an unknown user looks exactly like a wrong password");
        assertEquals(LoginResult.Status.SUCCESS, authentication.authenticate(username, Fixtures.PASSWORD, null, "192.0.2.30").status());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_FAILED' AND actor = '" + username
                + "' AND summary = 'contraseña incorrecta' AND client_address = '192.0.2.30'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_FAILED' AND actor = 'no-existe-" + username
                + "' AND summary = 'cuenta inexistente'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN' AND actor = '" + username + "'"));
    }

    @Test
    void dataChangesAreAuditedWithOldAndNewValues() throws SQLException {
        String adminName = admin();
        login.as(adminName);
        String username = Fixtures.uniqueUsername("auditada");
        long id = accounts.create(new AccountData(username, "Nombre Antiguo", null, Set.of(Role.EDITOR), Set.of("08"),
                Set.of(), true), "http://localhost").id();
        AccountView view = accounts.get(id);
        accounts.update(id, new AccountData(username, "Nombre Nuevo", "nuevo@example.cl", Set.of(Role.EDITOR),
                Set.of("08", "16"), Set.of(), true), view.version());

        List<List<String>> created = rows("SELECT actor, actor_scope, changes FROM audit_entry WHERE entity_type = 'Account' "
                + "AND entity_id = '" + id + "' AND action = 'CREATE'");
        assertEquals(1, created.size());
        assertEquals(adminName, created.get(0).get(0));
        assertTrue(created.get(0).get(1).startsWith("ADMIN"));
        List<AuditChange> createdChanges = AuditText.fromJson(created.get(0).get(2));
        assertTrue(createdChanges.contains(new AuditChange("username", null, username)), createdChanges.toString());
        assertTrue(createdChanges.contains(new AuditChange("passwordHash", null, AuditChange.MASKED)), "secrets masked");

        List<List<String>> updated = rows("SELECT actor, changes FROM audit_entry WHERE entity_type = 'Account' "
                + "AND entity_id = '" + id + "' AND action = 'UPDATE'");
        assertEquals(1, updated.size());
        List<AuditChange> changes = AuditText.fromJson(updated.get(0).get(1));
        assertTrue(changes.contains(new AuditChange("displayName", "Nombre Antiguo", "Nombre Nuevo")), changes.toString());
        assertTrue(changes.contains(new AuditChange("email", null, "nuevo@example.cl")), changes.toString());
        assertTrue(changes.contains(new AuditChange("regionCodes", null, "+16")), changes.toString());
    }

    @Test
    void auditEntriesCannotBeChangedOrRemoved() {
        SQLException update = assertThrows(SQLException.class, () -> execute("UPDATE audit_entry SET actor = 'otro' LIMIT 1"));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class, () -> execute("DELETE FROM audit_entry LIMIT 1"));
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
    }

    @Test
    void thePasswordPolicyIsEnforcedByTheService() {
        String username = user(Role.EDITOR, "08");
        login.as(username);
        ValidationException shortOne = assertThrows(ValidationException.class,
                () -> accounts.changeOwnPassword(Fixtures.PASSWORD, "corta"));
        assertEquals("password.too_short", shortOne.getErrors().get(0).messageKey());
        ValidationException withName = assertThrows(ValidationException.class,
                () -> accounts.changeOwnPassword(Fixtures.PASSWORD, username + "-es-mi-clave"));
        assertTrue(withName.getErrors().stream().anyMatch(e -> e.messageKey().equals("password.contains_username")));
        ValidationException common = assertThrows(ValidationException.class,
                () -> accounts.changeOwnPassword(Fixtures.PASSWORD, "Contraseña12345"));
        assertEquals("password.common", common.getErrors().get(0).messageKey());
        ValidationException wrongCurrent = assertThrows(ValidationException.class,
                () -> accounts.changeOwnPassword("no-es-la-actual", NEW_PASSWORD));
        assertEquals("password.current_wrong", wrongCurrent.getErrors().get(0).messageKey());
        accounts.changeOwnPassword(Fixtures.PASSWORD, NEW_PASSWORD);
        login.as(username, NEW_PASSWORD);
    }

    @Test
    void aResetLinkWorksOnceAndNotAfterItExpires() throws SQLException {
        login.as(admin());
        String username = user(Role.EDITOR, "16");
        long id = Long.parseLong(rows("SELECT id FROM account WHERE username = '" + username + "'").get(0).get(0));
        ResetLink first = accounts.createResetLink(id, "https://canal.example");
        ResetLink second = accounts.createResetLink(id, "https://canal.example");
        assertTrue(first.url().startsWith("https://canal.example/restablecer-clave?token="));
        login.logout();
        String token = first.url().substring(first.url().indexOf('=') + 1);
        assertEquals(username, accounts.findResetUsername(token).orElseThrow());
        accounts.completeReset(token, NEW_PASSWORD);
        assertTrue(accounts.findResetUsername(token).isEmpty(), "used once");
        assertThrows(ValidationException.class, () -> accounts.completeReset(token, "Otra-clave-muy-larga-88"));

        execute("UPDATE password_reset SET expires_at = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND WHERE account_id = " + id);
        String expired = second.url().substring(second.url().indexOf('=') + 1);
        assertTrue(accounts.findResetUsername(expired).isEmpty(), "expired after 24 hours");
    }

    @Test
    void secondFactorWithTotpCodesAndSingleUseRecoveryCodes() throws Exception {
        String username = user(Role.EDITOR, "08");
        login.as(username);
        TotpEnrolment enrolment = accounts.startTotpEnrolment();
        assertTrue(enrolment.qrDataUri().startsWith("data:image/png;base64,"));
        assertTrue(enrolment.otpauthUri().startsWith("otpauth://totp/"));
        assertThrows(ValidationException.class, () -> accounts.confirmTotpEnrolment("000000"));
        List<String> recovery = accounts.confirmTotpEnrolment(code(enrolment.secret()));
        assertEquals(10, recovery.size());
        login.logout();

        assertEquals(LoginResult.Status.TOTP_REQUIRED, authentication.authenticate(username, Fixtures.PASSWORD, null, "192.0.2.40").status());
        assertEquals(LoginResult.Status.INVALID, authentication.authenticate(username, "mala", code(enrolment.secret()), "192.0.2.40").status(),
                "a code does not replace the password");
        assertEquals(LoginResult.Status.SUCCESS,
                authentication.authenticate(username, Fixtures.PASSWORD, code(enrolment.secret()), "192.0.2.40").status());
        assertEquals(LoginResult.Status.SUCCESS,
                authentication.authenticate(username, Fixtures.PASSWORD, recovery.get(0), "192.0.2.40").status());
        assertEquals(LoginResult.Status.INVALID,
                authentication.authenticate(username, Fixtures.PASSWORD, recovery.get(0), "192.0.2.40").status(),
                "recovery codes work once");
        assertNotNull(rows("SELECT totp_secret FROM account WHERE username = '" + username + "'").get(0).get(0));
    }

    @Test
    void mesaMembersAndEditorsCannotAdministerAccounts() {
        login.as(user(Role.EDITOR, "08"));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> accounts.count(new AccountQuery(null, null, null, null)));
        login.as(user(Role.MESA_MEMBER));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> accounts.get(1));
    }

    private static String code(String secret) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, Instant.now().getEpochSecond() / 30);
    }

    private long count(String sql) throws SQLException {
        return new Sql(dataSource).count(sql);
    }

    private void execute(String sql) throws SQLException {
        new Sql(dataSource).execute(sql);
    }

    private List<List<String>> rows(String sql) throws SQLException {
        return new Sql(dataSource).rows(sql);
    }
}
