-- Gestión Territorial (GT): the yearly work programme (objectives, activities and their weights), what each unit
-- (region or Nivel Central) reports per activity with its evidence and approval, the flags of the re-check of
-- imported figures, the stage reports (Etapa 3 and 4) with tracked commitments, and the frozen year-end snapshots.
-- Percentages are DECIMAL(5,2) (0.00 to 100.00); the arithmetic lives in compliance.ComplianceCalculator.

CREATE TABLE gt_program (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    year          SMALLINT     NOT NULL,
    name          VARCHAR(160) NOT NULL,
    stage         TINYINT      NOT NULL DEFAULT 1,        -- Etapa 1 to 4
    status        VARCHAR(16)  NOT NULL,                  -- BORRADOR | ACTIVO | CONGELADO
    period_start  DATE         NOT NULL,                  -- the period the portal's own evidence is looked up in
    period_end    DATE         NOT NULL,
    source_note   VARCHAR(500)     NULL,                  -- origin of imported figures
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_gt_program_name UNIQUE (name),
    CONSTRAINT ck_gt_program_stage CHECK (stage BETWEEN 1 AND 4),
    CONSTRAINT ck_gt_program_status CHECK (status IN ('BORRADOR', 'ACTIVO', 'CONGELADO')),
    CONSTRAINT ck_gt_program_period CHECK (period_end >= period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
CREATE INDEX ix_gt_program_year ON gt_program (year);

-- Specific objectives ("objetivos específicos"), numbered within the programme.
CREATE TABLE gt_objective (
    id          BIGINT   NOT NULL AUTO_INCREMENT,
    program_id  BIGINT   NOT NULL,
    number      SMALLINT NOT NULL,
    description TEXT     NOT NULL,
    version     INT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_gt_objective_number UNIQUE (program_id, number),
    CONSTRAINT fk_gt_objective_program FOREIGN KEY (program_id) REFERENCES gt_program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Activities per scope: REGIONAL (every region) or CENTRAL (the Nivel Central), numbered within the scope.
CREATE TABLE gt_activity (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    program_id  BIGINT       NOT NULL,
    scope       VARCHAR(10)  NOT NULL,
    number      SMALLINT     NOT NULL,
    description TEXT             NULL,  -- the 2007 document lost the text of two central activities
    weight      DECIMAL(5,2) NOT NULL,  -- "ponderación por actividad", in %
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_gt_activity_number UNIQUE (program_id, scope, number),
    CONSTRAINT fk_gt_activity_program FOREIGN KEY (program_id) REFERENCES gt_program (id),
    CONSTRAINT ck_gt_activity_scope CHECK (scope IN ('REGIONAL', 'CENTRAL')),
    CONSTRAINT ck_gt_activity_weight CHECK (weight > 0 AND weight <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- The objectives each activity serves.
CREATE TABLE gt_activity_objective (
    activity_id  BIGINT NOT NULL,
    objective_id BIGINT NOT NULL,
    PRIMARY KEY (activity_id, objective_id),
    CONSTRAINT fk_gt_activity_objective_activity FOREIGN KEY (activity_id) REFERENCES gt_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_gt_activity_objective_objective FOREIGN KEY (objective_id) REFERENCES gt_objective (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Which portal sections (publication kinds, datasets, mesas ...) are evidence for an activity: per programme,
-- edited by central staff. Keys are compliance.PortalSection names; sources are compliance.EvidenceSource beans.
CREATE TABLE gt_activity_source (
    activity_id BIGINT      NOT NULL,
    section     VARCHAR(40) NOT NULL,
    PRIMARY KEY (activity_id, section),
    CONSTRAINT fk_gt_activity_source_activity FOREIGN KEY (activity_id) REFERENCES gt_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- The units expected to report in a programme (units that existed that year); the note carries what the historic
-- name meant then (e.g. "1ª Región" included today's Arica y Parinacota until October 2007).
CREATE TABLE gt_program_unit (
    program_id  BIGINT       NOT NULL,
    region_code CHAR(2)      NOT NULL,
    name_as_reported VARCHAR(60) NULL,
    note        VARCHAR(255)     NULL,
    PRIMARY KEY (program_id, region_code),
    CONSTRAINT fk_gt_program_unit_program FOREIGN KEY (program_id) REFERENCES gt_program (id),
    CONSTRAINT fk_gt_program_unit_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- A unit's report in a programme: the unit of approval (per unit, by central staff).
CREATE TABLE gt_unit_report (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    program_id     BIGINT       NOT NULL,
    region_code    CHAR(2)      NOT NULL,
    status         VARCHAR(16)  NOT NULL,  -- BORRADOR | ENVIADO | APROBADO | DEVUELTO | IMPORTADO
    submitted_by   VARCHAR(60)      NULL,
    submitted_at   DATETIME(3)      NULL,
    reviewed_by    VARCHAR(60)      NULL,
    reviewed_at    DATETIME(3)      NULL,
    review_comment VARCHAR(2000)    NULL,
    demo           BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at     DATETIME(3)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_gt_unit_report UNIQUE (program_id, region_code),
    CONSTRAINT fk_gt_unit_report_program FOREIGN KEY (program_id) REFERENCES gt_program (id),
    CONSTRAINT fk_gt_unit_report_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT ck_gt_unit_report_status CHECK (status IN ('BORRADOR', 'ENVIADO', 'APROBADO', 'DEVUELTO', 'IMPORTADO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Compliance of one activity by one unit. reported_* keep what an imported document said, for the re-check.
CREATE TABLE gt_activity_report (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    unit_report_id      BIGINT       NOT NULL,
    activity_id         BIGINT       NOT NULL,
    region_code         CHAR(2)      NOT NULL,
    compliance          DECIMAL(5,2)     NULL,  -- "cumple o no cumple", in %
    comment             TEXT             NULL,
    reported_weight     DECIMAL(5,2)     NULL,
    reported_cumulative DECIMAL(6,2)     NULL,
    updated_by          VARCHAR(60)  NOT NULL,
    updated_at          DATETIME(3)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_gt_activity_report UNIQUE (unit_report_id, activity_id),
    CONSTRAINT fk_gt_activity_report_unit FOREIGN KEY (unit_report_id) REFERENCES gt_unit_report (id),
    CONSTRAINT fk_gt_activity_report_activity FOREIGN KEY (activity_id) REFERENCES gt_activity (id),
    CONSTRAINT ck_gt_activity_report_compliance CHECK (compliance IS NULL OR compliance BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- "Medios de verificación": a link, an uploaded file (under CANAL_DATA_DIR) or an item of the portal itself.
CREATE TABLE gt_evidence (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    activity_report_id BIGINT        NOT NULL,
    region_code        CHAR(2)       NOT NULL,
    kind               VARCHAR(16)   NOT NULL,  -- ENLACE | ARCHIVO | PORTAL
    title              VARCHAR(300)  NOT NULL,
    url                VARCHAR(1000)     NULL,  -- ENLACE: http(s) address; PORTAL: path inside the portal
    section            VARCHAR(40)       NULL,  -- PORTAL: the portal section it comes from
    file_name          VARCHAR(255)      NULL,
    content_type       VARCHAR(100)      NULL,
    file_size          BIGINT            NULL,
    storage_key        VARCHAR(100)      NULL,  -- file name under the data directory
    sha256             CHAR(64)          NULL,
    added_by           VARCHAR(60)   NOT NULL,
    added_at           DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_gt_evidence_report FOREIGN KEY (activity_report_id) REFERENCES gt_activity_report (id),
    CONSTRAINT ck_gt_evidence_kind CHECK (kind IN ('ENLACE', 'ARCHIVO', 'PORTAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Findings of the re-check of imported figures: kept with the programme, never blocking the import.
CREATE TABLE gt_flag (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    program_id      BIGINT        NOT NULL,
    region_code     CHAR(2)       NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    activity_number SMALLINT          NULL,
    reported        DECIMAL(6,2)      NULL,
    computed        DECIMAL(6,2)      NULL,
    detail          VARCHAR(500)      NULL,
    status          VARCHAR(16)   NOT NULL,  -- ABIERTO | REVISADO
    resolution      VARCHAR(1000)     NULL,
    resolved_by     VARCHAR(60)       NULL,
    resolved_at     DATETIME(3)       NULL,
    created_at      DATETIME(3)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_gt_flag_program FOREIGN KEY (program_id) REFERENCES gt_program (id),
    CONSTRAINT ck_gt_flag_status CHECK (status IN ('ABIERTO', 'REVISADO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
CREATE INDEX ix_gt_flag_program ON gt_flag (program_id, status);

-- Etapa 3, "análisis del avance": per objective.
CREATE TABLE gt_objective_analysis (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    program_id      BIGINT       NOT NULL,
    objective_id    BIGINT       NOT NULL,
    modifications   TEXT             NULL,  -- modificaciones logradas
    recommendations TEXT             NULL,  -- recomendaciones para consolidar lo avanzado
    commitments     TEXT             NULL,  -- compromisos a tener presente en la fase que viene
    responsible     VARCHAR(200)     NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_gt_objective_analysis UNIQUE (objective_id),
    CONSTRAINT fk_gt_objective_analysis_program FOREIGN KEY (program_id) REFERENCES gt_program (id),
    CONSTRAINT fk_gt_objective_analysis_objective FOREIGN KEY (objective_id) REFERENCES gt_objective (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Etapa 3: the information-system improvement plan.
CREATE TABLE gt_improvement_item (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    program_id      BIGINT       NOT NULL,
    position        SMALLINT     NOT NULL,
    activity        TEXT         NOT NULL,
    progress        TEXT             NULL,  -- avance logrado por etapa
    recommendations TEXT             NULL,
    responsible     VARCHAR(200)     NULL,
    deadline        DATE             NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_gt_improvement_item_program FOREIGN KEY (program_id) REFERENCES gt_program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Etapa 4: per objective, its indicator and result.
CREATE TABLE gt_objective_result (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    program_id   BIGINT       NOT NULL,
    objective_id BIGINT       NOT NULL,
    indicator    VARCHAR(300) NOT NULL,
    result       VARCHAR(24)      NULL,  -- CUMPLE | CUMPLE_PARCIALMENTE | NO_CUMPLE
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_gt_objective_result UNIQUE (objective_id),
    CONSTRAINT fk_gt_objective_result_program FOREIGN KEY (program_id) REFERENCES gt_program (id),
    CONSTRAINT fk_gt_objective_result_objective FOREIGN KEY (objective_id) REFERENCES gt_objective (id),
    CONSTRAINT ck_gt_objective_result CHECK (result IS NULL OR result IN ('CUMPLE', 'CUMPLE_PARCIALMENTE', 'NO_CUMPLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Etapa 4: products with committed improvements and the evaluation of each.
CREATE TABLE gt_product_evaluation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    program_id   BIGINT       NOT NULL,
    position     SMALLINT     NOT NULL,
    product      VARCHAR(300) NOT NULL,
    improvement  TEXT         NOT NULL,  -- modificación o mejora comprometida
    evaluation   TEXT             NULL,
    incorporated VARCHAR(24)      NULL,  -- CUMPLE | CUMPLE_PARCIALMENTE | NO_CUMPLE
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_gt_product_evaluation_program FOREIGN KEY (program_id) REFERENCES gt_program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Etapa 4: gaps between committed and effective achievements.
CREATE TABLE gt_achievement_gap (
    id         BIGINT   NOT NULL AUTO_INCREMENT,
    program_id BIGINT   NOT NULL,
    position   SMALLINT NOT NULL,
    committed  TEXT     NOT NULL,
    effective  TEXT         NULL,
    gap        TEXT         NULL,
    version    INT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_gt_achievement_gap_program FOREIGN KEY (program_id) REFERENCES gt_program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Etapa 4: the plan's contribution, difficulties and recommendations (one row per programme).
CREATE TABLE gt_stage_summary (
    program_id      BIGINT      NOT NULL,
    contribution    TEXT            NULL,
    difficulties    TEXT            NULL,
    recommendations TEXT            NULL,
    version         INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (program_id),
    CONSTRAINT fk_gt_stage_summary_program FOREIGN KEY (program_id) REFERENCES gt_program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Commitments of the stage reports as tracked items; open ones are carried into the next stage (carried_from_id).
CREATE TABLE gt_commitment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    program_id      BIGINT        NOT NULL,
    stage           TINYINT       NOT NULL,
    objective_id    BIGINT            NULL,
    description     VARCHAR(2000) NOT NULL,
    responsible     VARCHAR(200)  NOT NULL,
    deadline        DATE          NOT NULL,
    status          VARCHAR(16)   NOT NULL,  -- PENDIENTE | EN_CURSO | CUMPLIDO | TRASPASADO
    carried_from_id BIGINT            NULL,
    updated_at      DATETIME(3)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_gt_commitment_program FOREIGN KEY (program_id) REFERENCES gt_program (id),
    CONSTRAINT fk_gt_commitment_objective FOREIGN KEY (objective_id) REFERENCES gt_objective (id),
    CONSTRAINT fk_gt_commitment_carried FOREIGN KEY (carried_from_id) REFERENCES gt_commitment (id),
    CONSTRAINT ck_gt_commitment_stage CHECK (stage BETWEEN 1 AND 4),
    CONSTRAINT ck_gt_commitment_status CHECK (status IN ('PENDIENTE', 'EN_CURSO', 'CUMPLIDO', 'TRASPASADO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
CREATE INDEX ix_gt_commitment_program ON gt_commitment (program_id, status, deadline);

-- Frozen year-end results: the canonical serialization (figures, flags, evidence list) and its SHA-256.
-- Append-only: the triggers refuse UPDATE and DELETE; a correction is a new version with an annotation.
CREATE TABLE gt_snapshot (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    program_id    BIGINT       NOT NULL,
    version_no    INT          NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    created_by    VARCHAR(60)  NOT NULL,
    annotation    VARCHAR(2000)    NULL,
    national_mean DECIMAL(5,2)     NULL,
    canonical     LONGTEXT     NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_gt_snapshot_version UNIQUE (program_id, version_no),
    CONSTRAINT fk_gt_snapshot_program FOREIGN KEY (program_id) REFERENCES gt_program (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TRIGGER gt_snapshot_no_update BEFORE UPDATE ON gt_snapshot FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'gt_snapshot is append-only';
CREATE TRIGGER gt_snapshot_no_delete BEFORE DELETE ON gt_snapshot FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'gt_snapshot is append-only';
