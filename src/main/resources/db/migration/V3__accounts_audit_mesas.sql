-- Accounts, roles and scopes, password-reset links, login throttling, settings, Mesas (as scopes for their
-- members) and the audit log. Audit entries cannot be changed or removed: triggers refuse UPDATE and DELETE.

CREATE TABLE mesa (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    region_code CHAR(2)      NOT NULL,
    kind        VARCHAR(16)  NOT NULL,  -- TECNICA | SECTORIAL
    name        VARCHAR(160) NOT NULL,
    description TEXT             NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    demo        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_mesa_region_name UNIQUE (region_code, name),
    CONSTRAINT fk_mesa_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT ck_mesa_kind CHECK (kind IN ('TECNICA', 'SECTORIAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TABLE account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(60)  NOT NULL,   -- stored lower-case
    display_name         VARCHAR(120) NOT NULL,
    email                VARCHAR(160)     NULL,
    password_hash        VARCHAR(255) NOT NULL,   -- Pbkdf2PasswordHash format: algorithm:iterations:salt:hash
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_attempts      INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(3)      NULL,
    last_login_at        DATETIME(3)      NULL,
    password_changed_at  DATETIME(3)      NULL,
    totp_secret          VARCHAR(64)      NULL,
    totp_enabled         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           DATETIME(3)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    version              INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role CHECK (role IN ('ADMIN', 'CENTRAL', 'EDITOR', 'MESA_MEMBER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Regions (or 'NC') an EDITOR may publish for.
CREATE TABLE account_region (
    account_id  BIGINT  NOT NULL,
    region_code CHAR(2) NOT NULL,
    PRIMARY KEY (account_id, region_code),
    CONSTRAINT fk_account_region_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_region_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Mesas whose restricted material a MESA_MEMBER may read.
CREATE TABLE account_mesa (
    account_id BIGINT NOT NULL,
    mesa_id    BIGINT NOT NULL,
    PRIMARY KEY (account_id, mesa_id),
    CONSTRAINT fk_account_mesa_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_mesa_mesa FOREIGN KEY (mesa_id) REFERENCES mesa (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TABLE account_recovery_code (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    account_id BIGINT       NOT NULL,
    code_hash  CHAR(64)     NOT NULL,  -- SHA-256 (hex) of the code; the code itself is shown once
    used_at    DATETIME(3)      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TABLE password_reset (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,  -- SHA-256 (hex) of the one-time token; the token is only in the link
    created_at DATETIME(3) NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    used_at    DATETIME(3)     NULL,
    created_by VARCHAR(60) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Failed logins per client address and 15-minute window, shared by every instance. The address is kept only as a
-- keyed hash; rows older than a day are purged.
CREATE TABLE login_throttle (
    client_hash  CHAR(64)    NOT NULL,
    window_start DATETIME(3) NOT NULL,
    failures     INT         NOT NULL,
    PRIMARY KEY (client_hash, window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Site-wide settings changed by administrators (security policies ...).
CREATE TABLE app_setting (
    name       VARCHAR(80)  NOT NULL,
    value      VARCHAR(500) NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    version    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TABLE audit_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(3)  NOT NULL,
    actor          VARCHAR(60)  NOT NULL,  -- user name, or 'sistema' for timers and start-up tasks
    actor_scope    VARCHAR(255)     NULL,  -- the actor's roles and regions at that moment
    action         VARCHAR(24)  NOT NULL,
    entity_type    VARCHAR(60)      NULL,
    entity_id      VARCHAR(80)      NULL,
    region_code    CHAR(2)          NULL,  -- region of the changed data, when it belongs to one
    summary        VARCHAR(500)     NULL,
    client_address VARCHAR(45)      NULL,  -- only for authentication events
    changes        LONGTEXT         NULL,  -- JSON array of {field, old, new}
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_changes_json CHECK (changes IS NULL OR JSON_VALID(changes))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_region ON audit_entry (region_code, occurred_at);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
