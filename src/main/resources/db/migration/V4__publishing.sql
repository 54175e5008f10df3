-- Regional publishing: publications of six kinds, every saved version kept as a revision, attachments stored
-- under CANAL_DATA_DIR (only their metadata here), tags and a full-text index of what is published, and the
-- public-content version that lets every instance validate its page cache against the database.

CREATE TABLE attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    region_code   CHAR(2)      NOT NULL,
    file_name     VARCHAR(200) NOT NULL,  -- as uploaded, cleaned
    content_type  VARCHAR(100) NOT NULL,  -- detected from the content, not from the name
    format        VARCHAR(10)  NOT NULL,  -- PDF, DOCX, XLSX, ODT, ODS, CSV, JPEG, PNG
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    storage_path  VARCHAR(300) NOT NULL,  -- relative to CANAL_DATA_DIR/files
    width         INT              NULL,  -- images only
    height        INT              NULL,
    created_by    VARCHAR(60)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TABLE publication (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    region_code           CHAR(2)      NOT NULL,
    kind                  VARCHAR(24)  NOT NULL,
    slug                  VARCHAR(160) NOT NULL,
    legacy_slug           VARCHAR(200)     NULL,  -- its address on the old site, for permanent redirects
    public_state          VARCHAR(12)  NOT NULL,  -- NONE | PROGRAMADO | PUBLICADO | ARCHIVADO
    draft_state           VARCHAR(12)  NOT NULL,  -- NONE | BORRADOR | EN_REVISION
    draft_revision_id     BIGINT           NULL,
    published_revision_id BIGINT           NULL,
    submitted_by          VARCHAR(60)      NULL,
    submitted_at          DATETIME(3)      NULL,
    review_comment        VARCHAR(1000)    NULL,  -- why a reviewer sent the draft back
    publish_at            DATETIME(3)      NULL,  -- scheduled publication
    unpublish_at          DATETIME(3)      NULL,  -- scheduled archiving
    first_published_at    DATETIME(3)      NULL,
    published_at          DATETIME(3)      NULL,  -- when the version the public sees went live ("última actualización")
    deleted               BOOLEAN      NOT NULL DEFAULT FALSE,
    demo                  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by            VARCHAR(60)  NOT NULL,
    created_at            DATETIME(3)  NOT NULL,
    updated_at            DATETIME(3)  NOT NULL,
    version               INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_publication_slug UNIQUE (region_code, slug),
    CONSTRAINT fk_publication_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT ck_publication_kind CHECK (kind IN ('NOTICIA', 'ACTIVIDAD_EMPLEO', 'ACUERDO', 'RESOLUCION_CONFLICTO',
                                                   'DIALOGO_SOCIAL', 'DOCUMENTO')),
    CONSTRAINT ck_publication_public CHECK (public_state IN ('NONE', 'PROGRAMADO', 'PUBLICADO', 'ARCHIVADO')),
    CONSTRAINT ck_publication_draft CHECK (draft_state IN ('NONE', 'BORRADOR', 'EN_REVISION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
-- Public listings: a region's items of a kind, newest first; the home page; the scheduler.
CREATE INDEX ix_publication_listing ON publication (public_state, region_code, kind, published_at);
CREATE INDEX ix_publication_latest ON publication (public_state, published_at);
CREATE INDEX ix_publication_publish_at ON publication (public_state, publish_at);
CREATE INDEX ix_publication_unpublish_at ON publication (public_state, unpublish_at);
CREATE INDEX ix_publication_legacy ON publication (region_code, legacy_slug);

CREATE TABLE publication_revision (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    publication_id   BIGINT       NOT NULL,
    number           INT          NOT NULL,
    title            VARCHAR(200) NOT NULL,
    lead             VARCHAR(600) NOT NULL,
    body_html        MEDIUMTEXT   NOT NULL,  -- sanitised before it is stored
    tags             VARCHAR(500)     NULL,  -- comma-separated, as entered and normalised
    image_id         BIGINT           NULL,
    image_alt        VARCHAR(300)     NULL,
    image_decorative BOOLEAN      NOT NULL DEFAULT FALSE,
    change_note      VARCHAR(500)     NULL,
    restored_from    INT              NULL,  -- number of the revision this one restores
    created_by       VARCHAR(60)  NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_revision_number UNIQUE (publication_id, number),
    CONSTRAINT fk_revision_publication FOREIGN KEY (publication_id) REFERENCES publication (id),
    CONSTRAINT fk_revision_image FOREIGN KEY (image_id) REFERENCES attachment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

ALTER TABLE publication
    ADD CONSTRAINT fk_publication_draft FOREIGN KEY (draft_revision_id) REFERENCES publication_revision (id),
    ADD CONSTRAINT fk_publication_published FOREIGN KEY (published_revision_id) REFERENCES publication_revision (id);

CREATE TABLE revision_attachment (
    revision_id   BIGINT NOT NULL,
    attachment_id BIGINT NOT NULL,
    position      INT    NOT NULL,
    PRIMARY KEY (revision_id, attachment_id),
    CONSTRAINT fk_revatt_revision FOREIGN KEY (revision_id) REFERENCES publication_revision (id),
    CONSTRAINT fk_revatt_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- What the public sees, denormalised for fast listings, search and tags. Rewritten whenever a publication's
-- public version changes; rows exist only for PUBLICADO items, so drafts can never appear in search or feeds.
CREATE TABLE published_item (
    publication_id BIGINT       NOT NULL,
    region_code    CHAR(2)      NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    slug           VARCHAR(160) NOT NULL,
    published_at   DATETIME(3)  NOT NULL,
    first_published_at DATETIME(3) NOT NULL,
    year           SMALLINT     NOT NULL,
    title          VARCHAR(200) NOT NULL,
    lead           VARCHAR(600) NOT NULL,
    body_text      MEDIUMTEXT   NOT NULL,  -- the body without markup, for search and snippets
    tags           VARCHAR(500)     NULL,
    image_id       BIGINT           NULL,
    image_alt      VARCHAR(300)     NULL,
    demo           BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (publication_id),
    CONSTRAINT fk_published_item_publication FOREIGN KEY (publication_id) REFERENCES publication (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
CREATE UNIQUE INDEX uq_published_slug ON published_item (region_code, slug);
CREATE INDEX ix_published_region ON published_item (region_code, published_at);
CREATE INDEX ix_published_region_kind ON published_item (region_code, kind, published_at);
CREATE INDEX ix_published_at ON published_item (published_at);
CREATE INDEX ix_published_kind ON published_item (kind, published_at);
CREATE FULLTEXT INDEX ft_published_all ON published_item (title, lead, body_text, tags);

CREATE TABLE published_tag (
    publication_id BIGINT      NOT NULL,
    tag            VARCHAR(60) NOT NULL,
    PRIMARY KEY (publication_id, tag),
    CONSTRAINT fk_published_tag_item FOREIGN KEY (publication_id) REFERENCES published_item (publication_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
CREATE INDEX ix_published_tag ON published_tag (tag);

-- One row: bumped in the same transaction as any change the public can see. Page caches and HTTP validators
-- (ETag, Last-Modified) of every instance are checked against it.
CREATE TABLE content_version (
    id         TINYINT     NOT NULL,
    version    BIGINT      NOT NULL,
    changed_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
INSERT INTO content_version (id, version, changed_at) VALUES (1, 1, UTC_TIMESTAMP(3));
