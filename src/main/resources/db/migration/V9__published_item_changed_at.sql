-- Public search from a Lucene index per instance (content.LiveSearchIndex): each instance compares the
-- (publication_id, changed_at) of every published item with what its index holds, and indexes again only what
-- differs. The database sets changed_at on every insert and on every update that changes the row, whoever writes
-- it (the services through JPA, the bench generator with JDBC, a correction by hand), so no writer can forget it.
-- published_at is not such a stamp: it is the date readers see, and imports, demo content and the bench generator
-- write dates of their own. The index on changed_at covers the comparison (id and stamp) without reading the texts.
ALTER TABLE published_item
    ADD COLUMN changed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    ADD INDEX ix_published_changed (changed_at);
