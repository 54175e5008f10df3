package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.Times;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/**
 * Checks a login: throttling per client address, account lockout, PBKDF2 password, optional second factor
 * (TOTP code or single-use recovery code). Every failure, lockout and success is audited; the caller learns
 * only what the login page may show.
 */
@Stateless
public class AuthenticationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Inject
    TotpService totp;

    @Inject
    AuditLog auditLog;

    public LoginResult authenticate(String username, String password, String secondFactor, String clientAddress) {
        Instant now = Times.now();
        if (throttle.isThrottled(clientAddress, now)) {
            auditLog.recordAuthentication(AuditAction.THROTTLED, username, null,
                    "demasiados intentos fallidos desde esta dirección", clientAddress);
            return LoginResult.of(LoginResult.Status.THROTTLED);
        }
        Optional<Account> found = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", Account.normalizeUsername(username))
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return fail(username, null, "cuenta inexistente", clientAddress, now);
        }
        Account account = found.get();
        if (!account.isActive()) {
            hasher.verifyDecoy(password);
            return fail(username, account.getId(), "cuenta desactivada", clientAddress, now);
        }
        if (LockoutPolicy.STANDARD.isLocked(account.getLockedUntil(), now)) {
            hasher.verifyDecoy(password);
            return fail(username, account.getId(), "cuenta bloqueada hasta " + account.getLockedUntil(), clientAddress, now);
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            return failAndCount(account, "contraseña incorrecta", clientAddress, now);
        }
        if (account.isTotpEnabled()) {
            if (secondFactor == null || secondFactor.isBlank()) {
                return LoginResult.of(LoginResult.Status.TOTP_REQUIRED);
            }
            if (!totp.verify(account.getTotpSecret(), secondFactor) && !useRecoveryCode(account, secondFactor, now)) {
                return failAndCount(account, "segundo factor incorrecto", clientAddress, now);
            }
        }
        account.setFailedAttempts(0);
        account.setLockedUntil(null);
        account.setLastLoginAt(now);
        auditLog.recordAuthentication(AuditAction.LOGIN, account.getUsername(), account.getId(), null, clientAddress);
        return new LoginResult(LoginResult.Status.SUCCESS, account.getUsername(), account.getRoles());
    }

    private LoginResult failAndCount(Account account, String reason, String clientAddress, Instant now) {
        LockoutPolicy.State state = LockoutPolicy.STANDARD.afterFailure(account.getFailedAttempts(), now);
        account.setFailedAttempts(state.failedAttempts());
        account.setLockedUntil(state.lockedUntil());
        LoginResult result = fail(account.getUsername(), account.getId(), reason, clientAddress, now);
        if (state.lockedNow()) {
            auditLog.recordAuthentication(AuditAction.LOCKOUT, account.getUsername(), account.getId(),
                    LockoutPolicy.MAX_FAILURES + " intentos fallidos: bloqueada hasta " + state.lockedUntil(),
                    clientAddress);
        }
        return result;
    }

    private LoginResult fail(String username, Long accountId, String reason, String clientAddress, Instant now) {
        throttle.recordFailure(clientAddress, now);
        auditLog.recordAuthentication(AuditAction.LOGIN_FAILED, username, accountId, reason, clientAddress);
        return LoginResult.of(LoginResult.Status.INVALID);
    }

    private boolean useRecoveryCode(Account account, String code, Instant now) {
        String hash = Hashes.sha256(code.trim().toLowerCase());
        return em.createQuery("SELECT c FROM RecoveryCode c WHERE c.accountId = :account AND c.codeHash = :hash "
                        + "AND c.usedAt IS NULL", RecoveryCode.class)
                .setParameter("account", account.getId()).setParameter("hash", hash)
                .getResultStream().findFirst()
                .map(c -> {
                    c.markUsed(now);
                    return true;
                }).orElse(false);
    }
}
