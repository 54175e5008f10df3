package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.Times;
import cl.gob.mintrab.canalregional.support.Mailer;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.ValidationException;
import cl.gob.mintrab.canalregional.support.ValidationException.FieldError;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts: administration (create, edit roles and scopes, deactivate, unlock, one-time password links, reset of
 * the second factor) and self-service (change one's password, enrol or remove a second factor, complete a reset).
 * Administration needs {@link Action#MANAGE_ACCOUNTS}; every change is audited by the entity listener.
 */
@Stateless
public class AccountService {

    static final Duration RESET_LINK_VALIDITY = Duration.ofHours(24);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    PasswordHasher hasher;

    @Inject
    TotpService totp;

    @Inject
    AuditLog auditLog;

    @Inject
    SecuritySettings settings;

    @Inject
    Mailer mailer;

    @Inject
    CurrentActor currentActor;

    // ---- administration -------------------------------------------------------------------------------------

    @RolesAllowed(Role.Names.ADMIN)
    public List<AccountView> find(AccountQuery query, int first, int max) {
        access.require(Action.MANAGE_ACCOUNTS, null);
        return query(query, "SELECT a FROM Account a", Account.class, " ORDER BY a.username")
                .setFirstResult(first).setMaxResults(max).getResultList().stream().map(this::view).toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public long count(AccountQuery query) {
        access.require(Action.MANAGE_ACCOUNTS, null);
        return query(query, "SELECT COUNT(a) FROM Account a", Long.class, "").getSingleResult();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AccountView get(long id) {
        access.require(Action.MANAGE_ACCOUNTS, null);
        return view(load(id));
    }

    /** Creates the account with an unusable password and returns a one-time link for its owner to choose one. */
    @RolesAllowed(Role.Names.ADMIN)
    public CreatedAccount create(AccountData data, String baseUrl) {
        access.require(Action.MANAGE_ACCOUNTS, null);
        validate(data, null);
        Instant now = Times.now();
        Account account = new Account(data.username(), data.displayName().trim(), hasher.hash(Hashes.newToken()), now);
        apply(account, data);
        account.setMustChangePassword(true);
        em.persist(account);
        em.flush();
        return new CreatedAccount(account.getId(), createResetLink(account, baseUrl, now));
    }

    /** The new account's id and the link its owner uses to set a password. */
    public record CreatedAccount(long id, ResetLink link) {
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void update(long id, AccountData data, int expectedVersion) {
        access.require(Action.MANAGE_ACCOUNTS, null);
        Account account = load(id);
        if (account.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Account", id);
        }
        validate(data, account);
        keepAnActiveAdministrator(account, data.active() && data.roles().contains(Role.ADMIN));
        apply(account, data);
        account.setUpdatedAt(Times.now());
        currentActor.refresh();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void unlock(long id) {
        access.require(Action.MANAGE_ACCOUNTS, null);
        Account account = load(id);
        account.setLockedUntil(null);
        account.setFailedAttempts(0);
        account.setUpdatedAt(Times.now());
        auditLog.record(AuditAction.UPDATE, "Account", id, null, "cuenta desbloqueada por un administrador");
    }

    /** Removes the second factor of someone who lost their device; they can enrol again after logging in. */
    @RolesAllowed(Role.Names.ADMIN)
    public void resetSecondFactor(long id) {
        access.require(Action.MANAGE_ACCOUNTS, null);
        Account account = load(id);
        disableTotp(account);
        auditLog.record(AuditAction.TOTP_DISABLED, "Account", id, null, "segundo factor restablecido por un administrador");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ResetLink createResetLink(long id, String baseUrl) {
        access.require(Action.MANAGE_ACCOUNTS, null);
        return createResetLink(load(id), baseUrl, Times.now());
    }

    private ResetLink createResetLink(Account account, String baseUrl, Instant now) {
        String token = Hashes.newToken();
        Instant expires = now.plus(RESET_LINK_VALIDITY);
        em.persist(new PasswordReset(account.getId(), Hashes.sha256(token), now, expires, currentActor.get().username()));
        String url = baseUrl.replaceAll("/+$", "") + "/restablecer-clave?token=" + token;
        boolean mailed = mailer.send(account.getEmail(), "Canal Regional: defina su contraseña",
                "Hola " + account.getDisplayName() + ":\n\nPara definir su contraseña del Canal Regional (usuario "
                        + account.getUsername() + "), abra este enlace antes de 24 horas. Solo sirve una vez.\n\n"
                        + url + "\n\nSi no esperaba este mensaje, ignórelo.\n");
        auditLog.record(AuditAction.PASSWORD_RESET_LINK, "Account", account.getId(), null,
                mailed ? "enlace enviado por correo" : "enlace mostrado al administrador");
        return new ResetLink(url, expires, mailed);
    }

    // ---- self-service ---------------------------------------------------------------------------------------

    @PermitAll
    public Optional<SessionInfo> findSessionInfo() {
        Actor actor = currentActor.get();
        if (!actor.isAuthenticated()) {
            return Optional.empty();
        }
        Account account = em.find(Account.class, actor.accountId());
        boolean totpRequired = account.getRoles().contains(Role.ADMIN) && !account.isTotpEnabled()
                && settings.isTotpRequiredForAdmins();
        return Optional.of(new SessionInfo(account.getUsername(), account.getDisplayName(), account.getRoles(),
                account.getRegionCodes(), account.isMustChangePassword(), account.isTotpEnabled(), totpRequired));
    }

    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = self();
        if (!hasher.verify(currentPassword, account.getPasswordHash())) {
            throw ValidationException.of("currentPassword", "password.current_wrong");
        }
        if (hasher.verify(newPassword, account.getPasswordHash())) {
            throw ValidationException.of("newPassword", "password.same_as_current");
        }
        setPassword(account, newPassword);
        auditLog.record(AuditAction.PASSWORD_CHANGED, "Account", account.getId(), null, null);
    }

    /** The account a reset link belongs to, if the link is still usable. */
    @PermitAll
    public Optional<String> findResetUsername(String token) {
        return usableReset(token).map(r -> em.find(Account.class, r.getAccountId()).getUsername());
    }

    @PermitAll
    public void completeReset(String token, String newPassword) {
        PasswordReset reset = usableReset(token).orElseThrow(() -> ValidationException.of(null, "password.link_invalid"));
        Account account = em.find(Account.class, reset.getAccountId());
        setPassword(account, newPassword);
        account.setLockedUntil(null);
        account.setFailedAttempts(0);
        reset.markUsed(Times.now());
        auditLog.record(AuditAction.PASSWORD_RESET, "Account", account.getId(), null, "contraseña definida con enlace");
    }

    @PermitAll
    public TotpEnrolment startTotpEnrolment() {
        Account account = self();
        String secret = totp.newSecret();
        account.setTotpSecret(secret);
        account.setTotpEnabled(false);
        account.setUpdatedAt(Times.now());
        return new TotpEnrolment(totp.qrDataUri(account.getUsername(), secret), secret,
                totp.otpauthUri(account.getUsername(), secret));
    }

    /** @return ten recovery codes, shown once */
    @PermitAll
    public List<String> confirmTotpEnrolment(String code) {
        Account account = self();
        if (account.getTotpSecret() == null || !totp.verify(account.getTotpSecret(), code)) {
            throw ValidationException.of("code", "totp.code_invalid");
        }
        account.setTotpEnabled(true);
        account.setUpdatedAt(Times.now());
        List<String> codes = replaceRecoveryCodes(account);
        auditLog.record(AuditAction.TOTP_ENABLED, "Account", account.getId(), null, null);
        return codes;
    }

    @PermitAll
    public List<String> regenerateRecoveryCodes(String password) {
        Account account = self();
        if (!account.isTotpEnabled() || !hasher.verify(password, account.getPasswordHash())) {
            throw ValidationException.of("password", "password.current_wrong");
        }
        return replaceRecoveryCodes(account);
    }

    @PermitAll
    public void disableOwnTotp(String password) {
        Account account = self();
        if (!hasher.verify(password, account.getPasswordHash())) {
            throw ValidationException.of("password", "password.current_wrong");
        }
        if (account.getRoles().contains(Role.ADMIN) && settings.isTotpRequiredForAdmins()) {
            throw ValidationException.of(null, "totp.required_by_policy");
        }
        disableTotp(account);
        auditLog.record(AuditAction.TOTP_DISABLED, "Account", account.getId(), null, null);
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private Account self() {
        Actor actor = currentActor.get();
        if (!actor.isAuthenticated()) {
            throw new AccessDeniedException(Action.VIEW_ADMIN, null);
        }
        return em.find(Account.class, actor.accountId());
    }

    private void setPassword(Account account, String newPassword) {
        List<String> violations = PasswordPolicy.standard().violations(account.getUsername(), newPassword);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations.stream()
                    .map(key -> new FieldError("newPassword", key, PasswordPolicy.MIN_LENGTH)).toList());
        }
        Instant now = Times.now();
        account.setPasswordHash(hasher.hash(newPassword), now);
        account.setMustChangePassword(false);
        account.setUpdatedAt(now);
    }

    private Optional<PasswordReset> usableReset(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordReset.FIND_BY_TOKEN_HASH, PasswordReset.class)
                .setParameter("hash", Hashes.sha256(token)).getResultStream()
                .filter(r -> r.isUsable(Times.now())).findFirst();
    }

    private List<String> replaceRecoveryCodes(Account account) {
        em.createQuery("DELETE FROM RecoveryCode c WHERE c.accountId = :account")
                .setParameter("account", account.getId()).executeUpdate();
        List<String> codes = List.of(totp.newRecoveryCodes());
        codes.forEach(code -> em.persist(new RecoveryCode(account.getId(), Hashes.sha256(code.toLowerCase()))));
        return codes;
    }

    private void disableTotp(Account account) {
        account.setTotpEnabled(false);
        account.setTotpSecret(null);
        account.setUpdatedAt(Times.now());
        em.createQuery("DELETE FROM RecoveryCode c WHERE c.accountId = :account")
                .setParameter("account", account.getId()).executeUpdate();
    }

    private Account load(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException("Account", id);
        }
        return account;
    }

    private void apply(Account account, AccountData data) {
        account.setDisplayName(data.displayName().trim());
        account.setEmail(data.email() == null || data.email().isBlank() ? null : data.email().trim());
        account.setActive(data.active());
        replace(account.getRoles(), data.roles());
        replace(account.getRegionCodes(), data.roles().contains(Role.EDITOR) ? data.regionCodes() : Set.of());
        replace(account.getMesaIds(), data.roles().contains(Role.MESA_MEMBER) ? data.mesaIds() : Set.of());
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    private void validate(AccountData data, Account existing) {
        List<FieldError> errors = new ArrayList<>();
        String username = Account.normalizeUsername(data.username());
        if (existing == null) {
            if (username == null || !USERNAME.matcher(username).matches()) {
                errors.add(new FieldError("username", "account.username_invalid"));
            } else if (!em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class).setParameter("username", username)
                    .getResultList().isEmpty()) {
                errors.add(new FieldError("username", "account.username_taken"));
            }
        }
        if (data.displayName() == null || data.displayName().isBlank()) {
            errors.add(new FieldError("displayName", "account.name_required"));
        } else if (data.displayName().trim().length() > 120) {
            errors.add(new FieldError("displayName", "account.name_too_long"));
        }
        if (data.email() != null && !data.email().isBlank() && !EMAIL.matcher(data.email().trim()).matches()) {
            errors.add(new FieldError("email", "account.email_invalid"));
        }
        if (data.roles().isEmpty()) {
            errors.add(new FieldError("roles", "account.roles_required"));
        }
        if (data.roles().contains(Role.EDITOR) && data.regionCodes().isEmpty()) {
            errors.add(new FieldError("regions", "account.regions_required"));
        }
        if (data.roles().contains(Role.MESA_MEMBER) && data.mesaIds().isEmpty()) {
            errors.add(new FieldError("mesas", "account.mesas_required"));
        }
        if (!data.regionCodes().isEmpty() && em.createQuery("SELECT COUNT(r) FROM Region r WHERE r.code IN :codes",
                Long.class).setParameter("codes", data.regionCodes()).getSingleResult() != data.regionCodes().size()) {
            errors.add(new FieldError("regions", "account.regions_unknown"));
        }
        if (!data.mesaIds().isEmpty() && em.createQuery("SELECT COUNT(m) FROM Mesa m WHERE m.id IN :ids",
                Long.class).setParameter("ids", data.mesaIds()).getSingleResult() != data.mesaIds().size()) {
            errors.add(new FieldError("mesas", "account.mesas_unknown"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Refuses a change that would leave the portal without an active administrator. */
    private void keepAnActiveAdministrator(Account account, boolean staysActiveAdmin) {
        boolean isActiveAdmin = account.isActive() && account.getRoles().contains(Role.ADMIN);
        if (isActiveAdmin && !staysActiveAdmin) {
            long others = em.createQuery("SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :admin "
                    + "AND a.active = TRUE AND a.id <> :id", Long.class)
                    .setParameter("admin", Role.ADMIN).setParameter("id", account.getId()).getSingleResult();
            if (others == 0) {
                throw ValidationException.of("roles", "account.last_admin");
            }
        }
    }

    private AccountView view(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getRoles(),
                a.getRegionCodes().stream().sorted().toList(), a.getMesaIds().stream().sorted().toList(), a.isActive(),
                a.isLocked(Times.now()), a.isTotpEnabled(), a.isMustChangePassword(), a.getLastLoginAt(), a.getVersion());
    }

    private <T> TypedQuery<T> query(AccountQuery q, String select, Class<T> type, String order) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q.text() != null && !q.text().isBlank()) {
            where.add("(LOWER(a.username) LIKE :text OR LOWER(a.displayName) LIKE :text OR LOWER(a.email) LIKE :text)");
            params.put("text", "%" + q.text().trim().toLowerCase() + "%");
        }
        if (q.role() != null) {
            where.add(":role MEMBER OF a.roles");
            params.put("role", q.role());
        }
        if (q.regionCode() != null) {
            where.add(":region MEMBER OF a.regionCodes");
            params.put("region", q.regionCode());
        }
        if (q.active() != null) {
            where.add("a.active = :active");
            params.put("active", q.active());
        }
        TypedQuery<T> query = em.createQuery(select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + order, type);
        params.forEach(query::setParameter);
        return query;
    }
}
