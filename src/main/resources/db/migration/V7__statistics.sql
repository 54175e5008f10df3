-- Visit statistics and update monitoring (package stats). Nothing here identifies a person: raw events carry
-- no address and no visitor identifier; unique visitors exist only as HyperLogLog sketches per period, built with
-- a key per period that is deleted once the period is over.

-- Raw page views, queued in memory and written in batches (identical views of the same second as one row with
-- their count); rolled up into the aggregates below, then purged after canal.stats.retention-days (default 90).
CREATE TABLE stats_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at     DATETIME(3)  NOT NULL,  -- UTC, to the second
    page_type       VARCHAR(12)  NOT NULL,  -- stats.PageType
    path            VARCHAR(250) NOT NULL,  -- without the query string (search terms are kept apart)
    region_code     VARCHAR(2)   NOT NULL DEFAULT '',  -- '' when the page belongs to no region
    kind            VARCHAR(24)  NOT NULL DEFAULT '',  -- publication kind, '' when none
    referrer_host   VARCHAR(120) NOT NULL DEFAULT '',  -- host only, '' when none or our own site
    entry           BOOLEAN      NOT NULL,             -- arrived from outside (a visit starts here)
    tracked         BOOLEAN      NOT NULL,             -- false: Do-Not-Track / Global Privacy Control
    search_terms    VARCHAR(120)     NULL,             -- normalised terms of a site search
    search_results  INT              NULL,             -- how many results that search had (-1: unknown)
    views           INT          NOT NULL DEFAULT 1,   -- identical views in that second
    rollup_id       BIGINT           NULL,             -- the rollup batch that counted this event
    PRIMARY KEY (id),
    INDEX ix_stats_event_rollup (rollup_id, occurred_at),
    INDEX ix_stats_event_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- One row per rollup batch: the batch claims raw events by setting their rollup_id in the same transaction that
-- adds them to the aggregates, so each event is counted exactly once even with several instances.
CREATE TABLE stats_rollup (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    started_at  DATETIME(3) NOT NULL,
    events      BIGINT      NOT NULL DEFAULT 0,  -- page views rolled up
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Aggregates (kept forever). Days and hours are in America/Santiago; hour_start is local time.
CREATE TABLE stats_hourly (
    hour_start   DATETIME    NOT NULL,
    region_code  VARCHAR(2)  NOT NULL,
    page_type    VARCHAR(12) NOT NULL,
    views        INT         NOT NULL,
    entries      INT         NOT NULL,
    PRIMARY KEY (hour_start, region_code, page_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TABLE stats_daily (
    day          DATE        NOT NULL,
    region_code  VARCHAR(2)  NOT NULL,
    page_type    VARCHAR(12) NOT NULL,
    kind         VARCHAR(24) NOT NULL,
    views        INT         NOT NULL,
    entries      INT         NOT NULL,
    untracked    INT         NOT NULL,  -- views whose visitor asked not to be tracked
    PRIMARY KEY (day, region_code, page_type, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Per page: daily, and per month so that reports over months read one row per page and month. Search words and
-- referrer hosts use the portal's collation, so "región" and "Region" are one search term, as in the search itself.
CREATE TABLE stats_daily_page (
    day          DATE         NOT NULL,
    path         VARCHAR(250) NOT NULL COLLATE utf8mb4_bin,  -- addresses compare exactly
    region_code  VARCHAR(2)   NOT NULL,
    page_type    VARCHAR(12)  NOT NULL,
    kind         VARCHAR(24)  NOT NULL,
    views        INT          NOT NULL,
    PRIMARY KEY (day, path),
    INDEX ix_stats_daily_page_region (region_code, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TABLE stats_monthly_page (
    month        DATE         NOT NULL,  -- first day of the month
    path         VARCHAR(250) NOT NULL COLLATE utf8mb4_bin,  -- addresses compare exactly
    region_code  VARCHAR(2)   NOT NULL,
    page_type    VARCHAR(12)  NOT NULL,
    kind         VARCHAR(24)  NOT NULL,
    views        INT          NOT NULL,
    PRIMARY KEY (month, path),
    INDEX ix_stats_monthly_page_region (region_code, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TABLE stats_daily_referrer (
    day            DATE         NOT NULL,
    region_code    VARCHAR(2)   NOT NULL,
    referrer_host  VARCHAR(120) NOT NULL,
    views          INT          NOT NULL,
    PRIMARY KEY (day, region_code, referrer_host)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

CREATE TABLE stats_daily_search (
    day           DATE         NOT NULL,
    terms         VARCHAR(120) NOT NULL,
    searches      INT          NOT NULL,
    no_results    INT          NOT NULL,
    PRIMARY KEY (day, terms)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Counters that are not page views, per local hour: bots (bot:<name>), queue overflow, prefetches ignored.
CREATE TABLE stats_counter (
    hour_start  DATETIME    NOT NULL,
    name        VARCHAR(60) NOT NULL,
    amount      BIGINT      NOT NULL,
    PRIMARY KEY (hour_start, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Unique visitors: one HyperLogLog sketch per period (D day, W ISO week, M month, Y year) and scope ('' the whole
-- portal, else a region code). Merged at every flush; never summed across periods.
CREATE TABLE stats_unique (
    period_type   CHAR(1)     NOT NULL,
    period_start  DATE        NOT NULL,
    scope         VARCHAR(2)  NOT NULL,
    sketch        BLOB        NOT NULL,
    estimate      BIGINT      NOT NULL,
    updated_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (period_type, period_start, scope)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- The secret of each period's visitor hash, shared by every instance, deleted after the period ends.
CREATE TABLE stats_period_key (
    period_type   CHAR(1)     NOT NULL,
    period_start  DATE        NOT NULL,
    secret        BINARY(32)  NOT NULL,
    created_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (period_type, period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

-- Update monitoring: the sections watched, their expected cadence and where their updates come from (the name of
-- an stats.UpdateSource). Adding a section is a row here, not code.
CREATE TABLE stats_section (
    code          VARCHAR(30)  NOT NULL,
    source        VARCHAR(30)  NOT NULL,   -- publications | coverage | ...
    source_key    VARCHAR(40)  NOT NULL,   -- what the source calls it (a publication kind, a dataset)
    name          VARCHAR(80)  NOT NULL,   -- Spanish label
    cadence_days  INT          NOT NULL,   -- expected interval between updates
    position      INT          NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at    DATETIME(3)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;

INSERT INTO stats_section (code, source, source_key, name, cadence_days, position, updated_at) VALUES
    ('NOTICIAS',        'publications', 'NOTICIA',              'Noticias',                      30,  10, NOW(3)),
    ('EMPLEO',          'publications', 'ACTIVIDAD_EMPLEO',     'Actividad de empleo',           60,  20, NOW(3)),
    ('ACUERDOS',        'publications', 'ACUERDO',              'Acuerdos y coordinación',       90,  30, NOW(3)),
    ('CONFLICTOS',      'publications', 'RESOLUCION_CONFLICTO', 'Resolución de conflictos',      90,  40, NOW(3)),
    ('DIALOGO',         'publications', 'DIALOGO_SOCIAL',       'Diálogo social',                90,  50, NOW(3)),
    ('COBERTURA',       'coverage',     'COVERAGE',             'Cobertura de programas',        31,  60, NOW(3)),
    ('BONIFICACION',    'coverage',     'BONIFICACION',         'Bonificación a la contratación', 31, 70, NOW(3)),
    ('SERIE_EMPLEO',    'coverage',     'EMPLOYMENT_SERIES',    'Serie de empleo',               31,  80, NOW(3));

-- The weekly digest of stale sections: one row per week and unit ('' = the national digest for central staff).
-- The primary key makes each week's digest be written once, whichever instance gets there first.
CREATE TABLE stats_digest (
    week_start   DATE          NOT NULL,
    region_code  VARCHAR(2)    NOT NULL,
    stale        VARCHAR(2000) NOT NULL,  -- "section: status (last update)" lines
    stale_count  INT           NOT NULL,
    mailed       INT           NOT NULL DEFAULT 0,
    created_at   DATETIME(3)   NOT NULL,
    PRIMARY KEY (week_start, region_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_spanish_ai_ci;
