-- Regional employment data (issue 5): employment and social-protection programmes, their coverage per region and
-- month (optionally per comuna), the Bonificación a la contratación de mano de obra per region and month with the
-- dates of its management stages, the regional employment series per moving quarter with the history of revised
-- figures, and the record of every file import. Months are stored as the first day of the month (DATE).

-- Programmes, national reference data kept by central staff. The code is what import files and the API use.
CREATE TABLE programme (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(30)  NOT NULL,  -- e.g. 'PIC', 'SENCE-BONIF'; upper case, digits and hyphens
    name        VARCHAR(200) NOT NULL,
    institution VARCHAR(120) NOT NULL,  -- executing institution: SENCE, FOSIS, CONAF, Subsecretaría del Trabajo ...
    kind        VARCHAR(24)  NOT NULL,
    description TEXT             NULL,
    year_from   SMALLINT     NOT NULL,  -- first year active
    year_to     SMALLINT         NULL,  -- last year active; NULL while it runs
    demo        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_programme_code UNIQUE (code),
    CONSTRAINT ck_programme_kind CHECK (kind IN ('DIRECT_EMPLOYMENT', 'HIRING_SUBSIDY', 'TRAINING', 'SOCIAL_PROTECTION')),
    CONSTRAINT ck_programme_years CHECK (year_to IS NULL OR year_to >= year_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- One imported file: the audit log records its creation (who, which file, how many rows), and the previous values
-- of every row it changed are kept in 'overwritten'. Rows written by an import point to it (import_id).
CREATE TABLE data_import (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    dataset        VARCHAR(16)  NOT NULL,  -- COVERAGE | BONIFICACION | EMPLOYMENT
    region_code    CHAR(2)      NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    file_format    VARCHAR(8)   NOT NULL,  -- CSV | XLSX
    file_sha256    CHAR(64)     NOT NULL,
    rows_total     INT          NOT NULL,
    rows_created   INT          NOT NULL,
    rows_updated   INT          NOT NULL,
    rows_unchanged INT          NOT NULL,
    overwritten    LONGTEXT         NULL,  -- one line per changed row: its key, then field: old → new
    imported_by    VARCHAR(60)  NOT NULL,
    imported_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_data_import_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT ck_data_import_dataset CHECK (dataset IN ('COVERAGE', 'BONIFICACION', 'EMPLOYMENT')),
    CONSTRAINT ck_data_import_format CHECK (file_format IN ('CSV', 'XLSX'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
CREATE INDEX ix_data_import_region ON data_import (region_code, imported_at);

-- Coverage of a programme in a region and month: the regional total (comuna_code NULL) and, optionally, one row
-- per comuna. comuna_key ('' for the regional total) makes the total unique as well, which a NULL would not; it is
-- written by the application and checked here (MariaDB 11 refuses a generated column over these collations).
CREATE TABLE coverage_figure (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    programme_id    BIGINT      NOT NULL,
    region_code     CHAR(2)     NOT NULL,
    period          DATE        NOT NULL,  -- first day of the month
    comuna_code     CHAR(5)         NULL,
    comuna_key      CHAR(5)     NOT NULL DEFAULT '',
    quotas          INT             NULL,  -- cupos
    beneficiaries   INT         NOT NULL,
    women           INT             NULL,
    men             INT             NULL,
    budget_executed BIGINT          NULL,  -- CLP
    demo            BOOLEAN     NOT NULL DEFAULT FALSE,
    import_id       BIGINT          NULL,
    created_at      DATETIME(3) NOT NULL,
    updated_at      DATETIME(3) NOT NULL,
    version         INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_coverage_figure UNIQUE (programme_id, region_code, period, comuna_key),
    CONSTRAINT fk_coverage_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_coverage_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_coverage_comuna FOREIGN KEY (comuna_code) REFERENCES comuna (code),
    CONSTRAINT fk_coverage_import FOREIGN KEY (import_id) REFERENCES data_import (id),
    CONSTRAINT ck_coverage_month CHECK (DAYOFMONTH(period) = 1),
    CONSTRAINT ck_coverage_comuna_key CHECK (comuna_key = COALESCE(comuna_code, '')),
    CONSTRAINT ck_coverage_numbers CHECK (beneficiaries >= 0 AND (quotas IS NULL OR quotas >= 0)
        AND (women IS NULL OR women >= 0) AND (men IS NULL OR men >= 0)
        AND (budget_executed IS NULL OR budget_executed >= 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
CREATE INDEX ix_coverage_region_period ON coverage_figure (region_code, period);
CREATE INDEX ix_coverage_period ON coverage_figure (period);

-- The Bonificación a la contratación de mano de obra in a region, as reported for a month: figures to date and the
-- dates (with a note each) on which the management process reached each stage. The current stage is the last one
-- with a date.
CREATE TABLE bonificacion_status (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    region_code     CHAR(2)      NOT NULL,
    period          DATE         NOT NULL,  -- first day of the month
    quotas_assigned INT          NOT NULL,  -- cupos asignados
    jobs_bonified   INT          NOT NULL,  -- contracts in force with the subsidy
    companies       INT          NOT NULL,  -- participating companies
    amount_paid     BIGINT       NOT NULL,  -- CLP, cumulative for the process
    call_on         DATE             NULL,  -- convocatoria
    call_note       VARCHAR(500)     NULL,
    selection_on    DATE             NULL,  -- selección
    selection_note  VARCHAR(500)     NULL,
    hiring_on       DATE             NULL,  -- contratación
    hiring_note     VARCHAR(500)     NULL,
    payment_on      DATE             NULL,  -- pago
    payment_note    VARCHAR(500)     NULL,
    closing_on      DATE             NULL,  -- cierre
    closing_note    VARCHAR(500)     NULL,
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    import_id       BIGINT           NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_bonificacion_status UNIQUE (region_code, period),
    CONSTRAINT fk_bonificacion_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_bonificacion_import FOREIGN KEY (import_id) REFERENCES data_import (id),
    CONSTRAINT ck_bonificacion_month CHECK (DAYOFMONTH(period) = 1),
    CONSTRAINT ck_bonificacion_numbers CHECK (quotas_assigned >= 0 AND jobs_bonified >= 0 AND companies >= 0
        AND amount_paid >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- The regional employment series, one row per moving quarter (identified by its last month: 2026-09 is
-- julio-septiembre 2026). A revised figure keeps the values it replaced in employment_figure_revision.
CREATE TABLE employment_figure (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    region_code       CHAR(2)      NOT NULL,
    quarter_end       DATE         NOT NULL,  -- first day of the quarter's last month
    unemployment_rate DECIMAL(4,1) NOT NULL,  -- %
    labour_force      INT          NOT NULL,  -- persons
    employed          INT          NOT NULL,  -- persons
    source            VARCHAR(80)  NOT NULL,  -- e.g. 'INE, Encuesta Nacional de Empleo'
    published_on      DATE         NOT NULL,
    revised           BOOLEAN      NOT NULL DEFAULT FALSE,
    demo              BOOLEAN      NOT NULL DEFAULT FALSE,
    import_id         BIGINT           NULL,
    created_at        DATETIME(3)  NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_employment_figure UNIQUE (region_code, quarter_end),
    CONSTRAINT fk_employment_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_employment_import FOREIGN KEY (import_id) REFERENCES data_import (id),
    CONSTRAINT ck_employment_month CHECK (DAYOFMONTH(quarter_end) = 1),
    CONSTRAINT ck_employment_numbers CHECK (unemployment_rate >= 0 AND unemployment_rate <= 100
        AND labour_force >= 0 AND employed >= 0 AND employed <= labour_force)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Values a revision replaced: what the figure said from recorded_at until replaced_at.
CREATE TABLE employment_figure_revision (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    figure_id         BIGINT       NOT NULL,
    unemployment_rate DECIMAL(4,1) NOT NULL,
    labour_force      INT          NOT NULL,
    employed          INT          NOT NULL,
    source            VARCHAR(80)  NOT NULL,
    published_on      DATE         NOT NULL,
    recorded_at       DATETIME(3)  NOT NULL,  -- when these values were saved
    replaced_at       DATETIME(3)  NOT NULL,
    replaced_by       VARCHAR(60)  NOT NULL,
    note              VARCHAR(500)     NULL,  -- why the figure was revised
    demo              BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT fk_employment_revision_figure FOREIGN KEY (figure_id) REFERENCES employment_figure (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
CREATE INDEX ix_employment_revision_figure ON employment_figure_revision (figure_id, replaced_at);
