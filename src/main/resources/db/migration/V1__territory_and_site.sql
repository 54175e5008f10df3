-- Foundation schema: the territory (regions, provinces, comunas), historical region names, each Seremia's
-- public profile and the bookkeeping of demo content. Every table is InnoDB, utf8mb4, with a Spanish-aware,
-- accent-insensitive collation (so 'región' = 'region' while 'ñ' stays distinct from 'n').

CREATE TABLE region (
    code          CHAR(2)      NOT NULL,  -- official code '01'..'16', or 'NC' for the Nivel Central
    name          VARCHAR(120) NOT NULL,
    short_name    VARCHAR(80)  NOT NULL,
    abbreviation  VARCHAR(10)  NOT NULL,
    iso_code      CHAR(5)          NULL,  -- ISO 3166-2 (CL-XX); none for the Nivel Central
    roman_numeral VARCHAR(4)       NULL,
    slug          VARCHAR(40)  NOT NULL,
    sort_order    SMALLINT     NOT NULL,  -- north to south; 0 for the Nivel Central
    unit_type     VARCHAR(16)  NOT NULL,  -- REGION | NIVEL_CENTRAL
    PRIMARY KEY (code),
    CONSTRAINT uq_region_slug UNIQUE (slug),
    CONSTRAINT ck_region_unit_type CHECK (unit_type IN ('REGION', 'NIVEL_CENTRAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TABLE province (
    code        CHAR(3)     NOT NULL,
    name        VARCHAR(80) NOT NULL,
    region_code CHAR(2)     NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT fk_province_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TABLE comuna (
    code          CHAR(5)     NOT NULL,
    name          VARCHAR(80) NOT NULL,
    province_code CHAR(3)     NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT fk_comuna_province FOREIGN KEY (province_code) REFERENCES province (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Names under which older documents refer to a region ("1ª Región", "Región Metropolitana" ...), mapped to the
-- region that carries that number today; the note explains territory that has since been split off.
CREATE TABLE region_alias (
    alias       VARCHAR(60)  NOT NULL,
    region_code CHAR(2)      NOT NULL,
    note        VARCHAR(255)     NULL,
    PRIMARY KEY (alias),
    CONSTRAINT fk_region_alias_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- The public face of each Seremia (and the Nivel Central): presentation and contact shown on its region page.
CREATE TABLE seremia_profile (
    region_code  CHAR(2)      NOT NULL,
    authority    VARCHAR(160)     NULL,  -- name of the Seremi in office
    presentation TEXT             NULL,
    address      VARCHAR(200)     NULL,
    phone        VARCHAR(40)      NULL,
    email        VARCHAR(120)     NULL,
    office_hours VARCHAR(120)     NULL,
    demo         BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at   DATETIME(3)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (region_code),
    CONSTRAINT fk_seremia_profile_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Which demo-content generators have run on this database. The primary key makes each generator run once,
-- even when several instances start on the same empty database at the same time.
CREATE TABLE demo_load (
    contributor VARCHAR(100) NOT NULL,
    loaded_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (contributor)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
