package cl.gob.mintrab.canalregional.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A one-time password-reset link: only the SHA-256 of its token is stored; valid 24 hours, used once. */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.FIND_BY_TOKEN_HASH, query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash")
public class PasswordReset {

    public static final String FIND_BY_TOKEN_HASH = "PasswordReset.findByTokenHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected PasswordReset() {
        // JPA
    }

    PasswordReset(Long accountId, String tokenHash, Instant createdAt, Instant expiresAt, String createdBy) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    void markUsed(Instant when) {
        this.usedAt = when;
    }
}
