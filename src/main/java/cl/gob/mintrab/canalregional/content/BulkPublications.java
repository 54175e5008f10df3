package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.content.DemoPublicationTexts.Template;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo-content generator in bulk, for the benchmark ({@code bench/publishing.sh}): writes any number of
 * published items, spread over every unit, kind and the last two years, with the same texts as the demo content,
 * straight into the tables with JDBC batches (the service layer would take hours for 100,000). Rows are marked
 * {@code created_by = 'bench'} and can be removed with {@link #delete}. Meant for an idle portal.
 */
public final class BulkPublications {

    static final String AUTHOR = "bench";
    private static final int BATCH = 1000;

    private record Unit(String code, String name, String shortName, DemoTextWriter writer) {
    }

    private BulkPublications() {
    }

    /** @return how many publications were written */
    public static int generate(Connection c, int count, long seed) throws SQLException {
        c.setAutoCommit(false);
        List<Unit> units = units(c, new Random(seed));
        long publicationId = max(c, "SELECT COALESCE(MAX(id), 0) FROM publication");
        long revisionId = max(c, "SELECT COALESCE(MAX(id), 0) FROM publication_revision");
        long already = max(c, "SELECT COUNT(*) FROM publication WHERE created_by = '" + AUTHOR + "'");
        Instant now = Instant.now();
        PublicationKind[] kinds = PublicationKind.values();
        try (Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0"); // publication and revision point at each other
        }
        try (PreparedStatement pub = c.prepareStatement("INSERT INTO publication (id, region_code, kind, slug, "
                + "public_state, draft_state, published_revision_id, first_published_at, published_at, demo, created_by, "
                + "created_at, updated_at, version) VALUES (?, ?, ?, ?, 'PUBLICADO', 'NONE', ?, ?, ?, TRUE, ?, ?, ?, 1)");
             PreparedStatement rev = c.prepareStatement("INSERT INTO publication_revision (id, publication_id, number, "
                     + "title, lead, body_html, tags, created_by, created_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)");
             PreparedStatement item = c.prepareStatement("INSERT INTO published_item (publication_id, region_code, kind, "
                     + "slug, published_at, first_published_at, year, title, lead, body_text, tags, demo) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)");
             PreparedStatement tag = c.prepareStatement("INSERT IGNORE INTO published_tag (publication_id, tag) VALUES (?, ?)")) {
            for (int i = 0; i < count; i++) {
                long n = already + i;
                Unit unit = units.get((int) (n % units.size()));
                PublicationKind kind = kinds[(int) ((n / units.size()) % kinds.length)];
                List<Template> templates = DemoPublicationTexts.TEMPLATES.get(kind);
                Template template = templates.get((int) ((n / (units.size() * kinds.length)) % templates.size()));
                Instant date = now.minus(Duration.ofMinutes((n * 7919L) % (730L * 24 * 60)));
                DemoTextWriter.Text text = unit.writer().write(template, date, (int) (n % 7));
                long id = ++publicationId;
                long revision = ++revisionId;
                String slug = slug(text.title(), n);
                Timestamp at = Timestamp.valueOf(date.atOffset(ZoneOffset.UTC).toLocalDateTime());
                pub.setLong(1, id);
                pub.setString(2, unit.code());
                pub.setString(3, kind.name());
                pub.setString(4, slug);
                pub.setLong(5, revision);
                pub.setTimestamp(6, at);
                pub.setTimestamp(7, at);
                pub.setString(8, AUTHOR);
                pub.setTimestamp(9, at);
                pub.setTimestamp(10, at);
                pub.addBatch();
                String tags = String.join(", ", text.tags());
                rev.setLong(1, revision);
                rev.setLong(2, id);
                rev.setString(3, text.title());
                rev.setString(4, text.lead());
                rev.setString(5, text.bodyHtml());
                rev.setString(6, tags);
                rev.setString(7, AUTHOR);
                rev.setTimestamp(8, at);
                rev.addBatch();
                item.setLong(1, id);
                item.setString(2, unit.code());
                item.setString(3, kind.name());
                item.setString(4, slug);
                item.setTimestamp(5, at);
                item.setTimestamp(6, at);
                item.setInt(7, ZonedDateTime.ofInstant(date, cl.gob.mintrab.canalregional.support.Formats.ZONE).getYear());
                item.setString(8, text.title());
                item.setString(9, text.lead());
                item.setString(10, HtmlSanitizer.toText(text.bodyHtml()));
                item.setString(11, tags);
                item.addBatch();
                for (String t : text.tags()) {
                    tag.setLong(1, id);
                    tag.setString(2, t);
                    tag.addBatch();
                }
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    pub.executeBatch();
                    rev.executeBatch();
                    item.executeBatch();
                    tag.executeBatch();
                    c.commit();
                }
            }
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        }
        bumpVersion(c);
        return count;
    }

    /** Removes what {@link #generate} wrote. @return how many publications were removed */
    public static int delete(Connection c) throws SQLException {
        c.setAutoCommit(false);
        int removed;
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE t FROM published_tag t JOIN publication p ON p.id = t.publication_id WHERE p.created_by = '" + AUTHOR + "'");
            s.executeUpdate("DELETE i FROM published_item i JOIN publication p ON p.id = i.publication_id WHERE p.created_by = '" + AUTHOR + "'");
            s.executeUpdate("UPDATE publication SET published_revision_id = NULL, draft_revision_id = NULL WHERE created_by = '" + AUTHOR + "'");
            s.executeUpdate("DELETE r FROM publication_revision r JOIN publication p ON p.id = r.publication_id WHERE p.created_by = '" + AUTHOR + "'");
            removed = s.executeUpdate("DELETE FROM publication WHERE created_by = '" + AUTHOR + "'");
        }
        c.commit();
        bumpVersion(c);
        return removed;
    }

    private static void bumpVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE content_version SET version = version + 1, changed_at = UTC_TIMESTAMP(3) WHERE id = 1");
        }
        c.commit();
    }

    private static String slug(String title, long n) {
        String base = Slugs.of(title);
        String suffix = "-" + n;
        return (base.length() + suffix.length() > Slugs.MAX_LENGTH ? base.substring(0, Slugs.MAX_LENGTH - suffix.length()) : base) + suffix;
    }

    private static long max(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Unit> units(Connection c, Random random) throws SQLException {
        Map<String, String[]> names = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, name, short_name FROM region ORDER BY sort_order")) {
            while (rs.next()) {
                names.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3)});
            }
        }
        List<Unit> units = new ArrayList<>();
        for (Map.Entry<String, String[]> e : names.entrySet()) {
            List<String> comunas = new ArrayList<>();
            List<String> provinces = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.name, c.name FROM province p JOIN comuna c ON "
                    + "c.province_code = p.code WHERE p.region_code = ? ORDER BY p.code, c.code")) {
                ps.setString(1, e.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!provinces.contains(rs.getString(1))) {
                            provinces.add(rs.getString(1));
                        }
                        comunas.add(rs.getString(2));
                    }
                }
            }
            units.add(new Unit(e.getKey(), e.getValue()[0], e.getValue()[1], new DemoTextWriter(e.getKey(),
                    e.getValue()[0], e.getValue()[1], "NC".equals(e.getKey()), comunas, provinces, random)));
        }
        return units;
    }
}
