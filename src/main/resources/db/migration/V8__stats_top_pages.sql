-- The most viewed pages of one month, read in index order (StatisticsService.topPages): a range of exactly one
-- month lists its top publications without grouping or sorting every page of the month.
CREATE INDEX ix_stats_monthly_page_top ON stats_monthly_page (month, page_type, views DESC, path);
