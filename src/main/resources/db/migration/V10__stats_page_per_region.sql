-- A page is a path in a region. The region of an open-data download is in its query string, so the same file
-- downloaded for two regions is two pages; with (period, path) as the key, the rollup merged them into one row
-- under the region of the first download of the day or month. Rows already merged stay as they are.
ALTER TABLE stats_daily_page DROP PRIMARY KEY, ADD PRIMARY KEY (day, path, region_code);
ALTER TABLE stats_monthly_page DROP PRIMARY KEY, ADD PRIMARY KEY (month, path, region_code);

-- The most viewed pages of one day, read in index order (stats.PageRanking), as ix_stats_monthly_page_top (V8)
-- does for a month: a range of several periods ranks each period's first pages instead of adding every page up.
CREATE INDEX ix_stats_daily_page_top ON stats_daily_page (day, page_type, views DESC, path);
