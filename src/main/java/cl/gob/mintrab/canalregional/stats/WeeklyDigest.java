package cl.gob.mintrab.canalregional.stats;

import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.Mailer;
import cl.gob.mintrab.canalregional.support.Texts;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The weekly digest of stale sections: one entry per region for its editors and a national one for central
 * staff, written once per week whichever instance gets there first (the national row's primary key is inserted
 * first; a second instance finds it and stops), mailed when SMTP is configured, and always shown on the
 * dashboards.
 */
@Stateless
public class WeeklyDigest {

    public static final String NATIONAL = "";

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @Inject
    UpdateMonitor monitor;

    @Inject
    Mailer mailer;

    @Inject
    AccessPolicy access;

    /** A digest entry as shown on a dashboard. {@code regionCode} "" is the national digest. */
    public record Entry(LocalDate weekStart, String regionCode, String regionName, List<String> stale, int mailed) {
    }

    /** @return false when this week's digest already existed (written by this or another instance) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean write(LocalDate weekStart, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement claim = c.prepareStatement(
                    "INSERT IGNORE INTO stats_digest (week_start, region_code, stale, stale_count, created_at) VALUES (?, '', '', 0, ?)")) {
                claim.setDate(1, Date.valueOf(weekStart));
                claim.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
                if (claim.executeUpdate() == 0) {
                    return false;
                }
            }
            UpdateMonitor.Overview overview = monitor.overviewForDigest(now);
            Map<String, String> names = overview.sections().stream()
                    .collect(Collectors.toMap(UpdateMonitor.Section::code, UpdateMonitor.Section::name));
            Formats formats = new Formats();
            List<String> national = new ArrayList<>();
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO stats_digest (week_start, region_code, stale, stale_count, mailed, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (UpdateMonitor.RegionRow row : overview.rows()) {
                    List<String> lines = row.cells().stream().filter(cell -> cell.freshness().stale())
                            .map(cell -> Texts.get("stats.digest.line", names.get(cell.sectionCode()),
                                    Texts.get("Freshness." + cell.freshness()),
                                    cell.lastUpdate() == null ? Texts.get("stats.never") : formats.date(cell.lastUpdate())))
                            .toList();
                    if (lines.isEmpty()) {
                        continue;
                    }
                    national.add(Texts.get("stats.digest.national_line", row.region().name(), lines.size()));
                    String text = truncate(String.join("\n", lines));
                    int mailed = mail(recipients(c, row.region().code()), Texts.get("stats.digest.subject", row.region().name()), text);
                    insert.setDate(1, Date.valueOf(weekStart));
                    insert.setString(2, row.region().code());
                    insert.setString(3, text);
                    insert.setInt(4, lines.size());
                    insert.setInt(5, mailed);
                    insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            String text = truncate(String.join("\n", national));
            int mailed = mail(recipients(c, null), Texts.get("stats.digest.subject_national"), text);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE stats_digest SET stale = ?, stale_count = ?, mailed = ? WHERE week_start = ? AND region_code = ''")) {
                update.setString(1, text);
                update.setInt(2, national.size());
                update.setInt(3, mailed);
                update.setDate(4, Date.valueOf(weekStart));
                update.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo escribir el resumen semanal", e);
        }
    }

    /** The latest digest entries the current user may see: their regions', and the national one for central staff. */
    public List<Entry> findLatestForCurrentUser() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d.week_start, d.region_code, COALESCE(r.name, ''), d.stale, d.mailed FROM stats_digest d
                LEFT JOIN region r ON r.code = d.region_code
                WHERE d.week_start = (SELECT MAX(week_start) FROM stats_digest) ORDER BY d.region_code""").getResultList();
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            String region = (String) row[1];
            boolean allowed = region.isEmpty() ? access.allows(Action.VIEW_NATIONAL_STATS, null)
                    : access.allows(Action.VIEW_STATS, region) && !access.allows(Action.VIEW_NATIONAL_STATS, null);
            String stale = (String) row[3];
            if (allowed && !stale.isEmpty()) {
                LocalDate week = row[0] instanceof Date d ? d.toLocalDate() : LocalDate.parse(String.valueOf(row[0]));
                entries.add(new Entry(week, region, (String) row[2], List.of(stale.split("\n")), ((Number) row[4]).intValue()));
            }
        }
        return entries;
    }

    private static List<String> recipients(Connection c, String regionCode) throws SQLException {
        String sql = regionCode == null ? """
                SELECT DISTINCT a.email FROM account a JOIN account_role r ON r.account_id = a.id
                WHERE a.active = TRUE AND a.email IS NOT NULL AND a.email <> '' AND r.role IN ('CENTRAL', 'ADMIN')"""
                : """
                SELECT DISTINCT a.email FROM account a JOIN account_role r ON r.account_id = a.id
                JOIN account_region g ON g.account_id = a.id
                WHERE a.active = TRUE AND a.email IS NOT NULL AND a.email <> '' AND r.role = 'EDITOR' AND g.region_code = ?""";
        List<String> emails = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (regionCode != null) {
                s.setString(1, regionCode);
            }
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    emails.add(rs.getString(1));
                }
            }
        }
        return emails;
    }

    private int mail(List<String> to, String subject, String text) {
        if (!mailer.isEnabled() || text.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (String address : to) {
            if (mailer.send(address, subject, Texts.get("stats.digest.body", text))) {
                sent++;
            }
        }
        return sent;
    }

    private static String truncate(String text) {
        return text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
    }
}
