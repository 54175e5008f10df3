package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.Formats;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Writes validated rows of one region in JDBC batches, on the connection of the caller's transaction, so an import
 * of ten thousand rows takes a few seconds and is all or nothing. Each row is compared with what the region already
 * has: new rows are inserted, changed rows updated (employment figures keep their previous values as a revision),
 * equal rows left alone. The previous values of changed rows are described in Spanish for the import's audit
 * entry. Used by imports and by the demo content.
 */
final class BulkWriter {

    /** A stored row: id, values, when it was last written and whether it is demo content. */
    record Existing<V>(long id, V values, Instant updatedAt, boolean demo) {
    }

    /** What the write did (or, in a dry run, would do). */
    record Changes(int created, int updated, int unchanged, String overwritten) {
        ImportCounts counts() {
            return new ImportCounts(created + updated + unchanged, created, updated, unchanged);
        }
    }

    /** How each row of a file relates to the stored data. */
    enum RowAction { NEW, CHANGED, UNCHANGED }

    private static final int BATCH = 1000;

    private final Connection connection;

    BulkWriter(Connection connection) {
        this.connection = connection;
    }

    // ---------------------------------------------------------------------------------------------- coverage

    Map<String, Existing<CoverageValues>> existingCoverage(String regionCode) throws SQLException {
        Map<String, Existing<CoverageValues>> existing = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, programme_id, period, comuna_code, quotas, "
                + "beneficiaries, women, men, budget_executed, updated_at, demo FROM coverage_figure WHERE region_code = ?")) {
            ps.setString(1, regionCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = CoverageSchema.CoverageRow.key(rs.getLong(2), YearMonth.from(rs.getObject(3, LocalDate.class)),
                            rs.getString(4));
                    existing.put(key, new Existing<>(rs.getLong(1), new CoverageValues(integer(rs, 5), rs.getInt(6),
                            integer(rs, 7), integer(rs, 8), longValue(rs, 9)), instant(rs, 10), rs.getBoolean(11)));
                }
            }
        }
        return existing;
    }

    static RowAction action(Existing<?> existing, Object values) {
        if (existing == null) {
            return RowAction.NEW;
        }
        return Objects.equals(existing.values(), values) ? RowAction.UNCHANGED : RowAction.CHANGED;
    }

    Changes writeCoverage(String regionCode, List<CoverageSchema.CoverageRow> rows,
                          Map<String, Existing<CoverageValues>> existing, Long importId, boolean demo, Instant now,
                          boolean dryRun, ImportValidator.Progress progress) throws SQLException {
        StringJoiner overwritten = new StringJoiner("\n");
        List<CoverageSchema.CoverageRow> inserts = new ArrayList<>();
        List<CoverageSchema.CoverageRow> updates = new ArrayList<>();
        int unchanged = 0;
        for (CoverageSchema.CoverageRow row : rows) {
            Existing<CoverageValues> old = existing.get(row.key());
            switch (action(old, row.values())) {
                case NEW -> inserts.add(row);
                case UNCHANGED -> unchanged++;
                case CHANGED -> {
                    updates.add(row);
                    overwritten.add(describe(row.number(), row.programme().code() + ", " + Periods.iso(row.period())
                            + (row.comunaCode() == null ? ", total regional" : ", comuna " + row.comunaCode()),
                            coverageDiff(old.values(), row.values())));
                }
            }
        }
        if (!dryRun) {
            int done = 0;
            int total = inserts.size() + updates.size();
            LocalDateTime timestamp = utc(now);
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO coverage_figure (programme_id, "
                    + "region_code, period, comuna_code, quotas, beneficiaries, women, men, budget_executed, demo, "
                    + "import_id, created_at, updated_at, comuna_key, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                for (CoverageSchema.CoverageRow row : inserts) {
                    CoverageValues v = row.values();
                    ps.setLong(1, row.programme().id());
                    ps.setString(2, regionCode);
                    ps.setObject(3, row.period().atDay(1));
                    ps.setString(4, row.comunaCode());
                    setInteger(ps, 5, v.quotas());
                    ps.setInt(6, v.beneficiaries());
                    setInteger(ps, 7, v.women());
                    setInteger(ps, 8, v.men());
                    setLong(ps, 9, v.budgetExecuted());
                    ps.setBoolean(10, demo);
                    setLong(ps, 11, importId);
                    ps.setObject(12, timestamp);
                    ps.setObject(13, timestamp);
                    ps.setString(14, row.comunaCode() == null ? "" : row.comunaCode());
                    ps.addBatch();
                    done = flush(ps, ++done, total, progress);
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("UPDATE coverage_figure SET quotas = ?, "
                    + "beneficiaries = ?, women = ?, men = ?, budget_executed = ?, demo = ?, import_id = ?, "
                    + "updated_at = ?, version = version + 1 WHERE id = ?")) {
                for (CoverageSchema.CoverageRow row : updates) {
                    CoverageValues v = row.values();
                    setInteger(ps, 1, v.quotas());
                    ps.setInt(2, v.beneficiaries());
                    setInteger(ps, 3, v.women());
                    setInteger(ps, 4, v.men());
                    setLong(ps, 5, v.budgetExecuted());
                    ps.setBoolean(6, demo);
                    setLong(ps, 7, importId);
                    ps.setObject(8, timestamp);
                    ps.setLong(9, existing.get(row.key()).id());
                    ps.addBatch();
                    done = flush(ps, ++done, total, progress);
                }
                ps.executeBatch();
            }
            progress.rows(total, total);
        }
        return new Changes(inserts.size(), updates.size(), unchanged, text(overwritten));
    }

    // ------------------------------------------------------------------------------------------ bonificación

    Map<String, Existing<BonificacionValues>> existingBonificacion(String regionCode) throws SQLException {
        Map<String, Existing<BonificacionValues>> existing = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, period, quotas_assigned, jobs_bonified, "
                + "companies, amount_paid, call_on, call_note, selection_on, selection_note, hiring_on, hiring_note, "
                + "payment_on, payment_note, closing_on, closing_note, updated_at, demo FROM bonificacion_status "
                + "WHERE region_code = ?")) {
            ps.setString(1, regionCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<BonificacionStage, StageEntry> stages = new java.util.EnumMap<>(BonificacionStage.class);
                    int column = 7;
                    for (BonificacionStage stage : BonificacionStage.values()) {
                        stages.put(stage, new StageEntry(rs.getObject(column, LocalDate.class), rs.getString(column + 1)));
                        column += 2;
                    }
                    existing.put(YearMonth.from(rs.getObject(2, LocalDate.class)).toString(), new Existing<>(rs.getLong(1),
                            new BonificacionValues(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getLong(6), stages),
                            instant(rs, 17), rs.getBoolean(18)));
                }
            }
        }
        return existing;
    }

    Changes writeBonificacion(String regionCode, List<BonificacionSchema.BonificacionRow> rows,
                              Map<String, Existing<BonificacionValues>> existing, Long importId, boolean demo,
                              Instant now, boolean dryRun, ImportValidator.Progress progress) throws SQLException {
        StringJoiner overwritten = new StringJoiner("\n");
        List<BonificacionSchema.BonificacionRow> inserts = new ArrayList<>();
        List<BonificacionSchema.BonificacionRow> updates = new ArrayList<>();
        int unchanged = 0;
        for (BonificacionSchema.BonificacionRow row : rows) {
            Existing<BonificacionValues> old = existing.get(row.key());
            switch (action(old, row.values())) {
                case NEW -> inserts.add(row);
                case UNCHANGED -> unchanged++;
                case CHANGED -> {
                    updates.add(row);
                    overwritten.add(describe(row.number(), Periods.iso(row.period()),
                            bonificacionDiff(old.values(), row.values())));
                }
            }
        }
        if (!dryRun) {
            LocalDateTime timestamp = utc(now);
            int done = 0;
            int total = inserts.size() + updates.size();
            String stageColumns = "call_on, call_note, selection_on, selection_note, hiring_on, hiring_note, "
                    + "payment_on, payment_note, closing_on, closing_note";
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO bonificacion_status (region_code, "
                    + "period, quotas_assigned, jobs_bonified, companies, amount_paid, " + stageColumns + ", demo, "
                    + "import_id, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, 0)")) {
                for (BonificacionSchema.BonificacionRow row : inserts) {
                    ps.setString(1, regionCode);
                    ps.setObject(2, row.period().atDay(1));
                    int next = setBonificacion(ps, 3, row.values());
                    ps.setBoolean(next, demo);
                    setLong(ps, next + 1, importId);
                    ps.setObject(next + 2, timestamp);
                    ps.setObject(next + 3, timestamp);
                    ps.addBatch();
                    done = flush(ps, ++done, total, progress);
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("UPDATE bonificacion_status SET quotas_assigned = ?, "
                    + "jobs_bonified = ?, companies = ?, amount_paid = ?, call_on = ?, call_note = ?, selection_on = ?, "
                    + "selection_note = ?, hiring_on = ?, hiring_note = ?, payment_on = ?, payment_note = ?, "
                    + "closing_on = ?, closing_note = ?, demo = ?, import_id = ?, updated_at = ?, "
                    + "version = version + 1 WHERE id = ?")) {
                for (BonificacionSchema.BonificacionRow row : updates) {
                    int next = setBonificacion(ps, 1, row.values());
                    ps.setBoolean(next, demo);
                    setLong(ps, next + 1, importId);
                    ps.setObject(next + 2, timestamp);
                    ps.setLong(next + 3, existing.get(row.key()).id());
                    ps.addBatch();
                    done = flush(ps, ++done, total, progress);
                }
                ps.executeBatch();
            }
            progress.rows(total, total);
        }
        return new Changes(inserts.size(), updates.size(), unchanged, text(overwritten));
    }

    private static int setBonificacion(PreparedStatement ps, int first, BonificacionValues v) throws SQLException {
        ps.setInt(first, v.quotasAssigned());
        ps.setInt(first + 1, v.jobsBonified());
        ps.setInt(first + 2, v.companies());
        ps.setLong(first + 3, v.amountPaid());
        int column = first + 4;
        for (BonificacionStage stage : BonificacionStage.values()) {
            StageEntry entry = v.stage(stage);
            ps.setObject(column++, entry.date(), Types.DATE);
            ps.setString(column++, entry.note());
        }
        return column;
    }

    // ------------------------------------------------------------------------------------------ employment

    Map<String, Existing<EmploymentValues>> existingEmployment(String regionCode) throws SQLException {
        Map<String, Existing<EmploymentValues>> existing = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, quarter_end, unemployment_rate, labour_force, "
                + "employed, source, published_on, updated_at, demo FROM employment_figure WHERE region_code = ?")) {
            ps.setString(1, regionCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.put(YearMonth.from(rs.getObject(2, LocalDate.class)).toString(), new Existing<>(rs.getLong(1),
                            new EmploymentValues(rs.getBigDecimal(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                                    rs.getObject(7, LocalDate.class)), instant(rs, 8), rs.getBoolean(9)));
                }
            }
        }
        return existing;
    }

    /** Action of an employment row: equal figures (compared as numbers) are unchanged. */
    static RowAction employmentAction(Existing<EmploymentValues> existing, EmploymentValues values) {
        if (existing == null) {
            return RowAction.NEW;
        }
        return values.differsFrom(existing.values()) ? RowAction.CHANGED : RowAction.UNCHANGED;
    }

    Changes writeEmployment(String regionCode, List<EmploymentSchema.EmploymentRow> rows,
                            Map<String, Existing<EmploymentValues>> existing, Long importId, boolean demo, Instant now,
                            String actor, boolean dryRun, ImportValidator.Progress progress) throws SQLException {
        StringJoiner overwritten = new StringJoiner("\n");
        List<EmploymentSchema.EmploymentRow> inserts = new ArrayList<>();
        List<EmploymentSchema.EmploymentRow> updates = new ArrayList<>();
        int unchanged = 0;
        for (EmploymentSchema.EmploymentRow row : rows) {
            Existing<EmploymentValues> old = existing.get(row.key());
            switch (employmentAction(old, row.values())) {
                case NEW -> inserts.add(row);
                case UNCHANGED -> unchanged++;
                case CHANGED -> {
                    updates.add(row);
                    overwritten.add(describe(row.number(), Periods.quarterLabel(row.quarterEnd()),
                            employmentDiff(old.values(), row.values())));
                }
            }
        }
        if (!dryRun) {
            LocalDateTime timestamp = utc(now);
            int done = 0;
            int total = inserts.size() + updates.size();
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO employment_figure (region_code, "
                    + "quarter_end, unemployment_rate, labour_force, employed, source, published_on, revised, demo, "
                    + "import_id, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, 0)")) {
                for (EmploymentSchema.EmploymentRow row : inserts) {
                    EmploymentValues v = row.values();
                    ps.setString(1, regionCode);
                    ps.setObject(2, row.quarterEnd().atDay(1));
                    ps.setBigDecimal(3, v.unemploymentRate());
                    ps.setInt(4, v.labourForce());
                    ps.setInt(5, v.employed());
                    ps.setString(6, v.source());
                    ps.setObject(7, v.publishedOn());
                    ps.setBoolean(8, demo);
                    setLong(ps, 9, importId);
                    ps.setObject(10, timestamp);
                    ps.setObject(11, timestamp);
                    ps.addBatch();
                    done = flush(ps, ++done, total, progress);
                }
                ps.executeBatch();
            }
            try (PreparedStatement history = connection.prepareStatement("INSERT INTO employment_figure_revision "
                    + "(figure_id, unemployment_rate, labour_force, employed, source, published_on, recorded_at, "
                    + "replaced_at, replaced_by, note, demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement ps = connection.prepareStatement("UPDATE employment_figure SET unemployment_rate = ?, "
                         + "labour_force = ?, employed = ?, source = ?, published_on = ?, revised = TRUE, demo = ?, "
                         + "import_id = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
                for (EmploymentSchema.EmploymentRow row : updates) {
                    Existing<EmploymentValues> old = existing.get(row.key());
                    history.setLong(1, old.id());
                    history.setBigDecimal(2, old.values().unemploymentRate());
                    history.setInt(3, old.values().labourForce());
                    history.setInt(4, old.values().employed());
                    history.setString(5, old.values().source());
                    history.setObject(6, old.values().publishedOn());
                    history.setObject(7, utc(old.updatedAt()));
                    history.setObject(8, timestamp);
                    history.setString(9, actor);
                    history.setString(10, row.note());
                    history.setBoolean(11, old.demo());
                    history.addBatch();
                    EmploymentValues v = row.values();
                    ps.setBigDecimal(1, v.unemploymentRate());
                    ps.setInt(2, v.labourForce());
                    ps.setInt(3, v.employed());
                    ps.setString(4, v.source());
                    ps.setObject(5, v.publishedOn());
                    ps.setBoolean(6, demo);
                    setLong(ps, 7, importId);
                    ps.setObject(8, timestamp);
                    ps.setLong(9, old.id());
                    ps.addBatch();
                    if (++done % BATCH == 0) {
                        history.executeBatch();
                        ps.executeBatch();
                        progress.rows(done, total);
                    }
                }
                history.executeBatch();
                ps.executeBatch();
            }
            progress.rows(total, total);
        }
        return new Changes(inserts.size(), updates.size(), unchanged, text(overwritten));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static int flush(PreparedStatement ps, int done, int total, ImportValidator.Progress progress)
            throws SQLException {
        if (done % BATCH == 0) {
            ps.executeBatch();
            progress.rows(done, total);
        }
        return done;
    }

    private static String describe(int rowNumber, String key, String diff) {
        return "Fila " + rowNumber + " (" + key + "): " + diff;
    }

    static String coverageDiff(CoverageValues a, CoverageValues b) {
        StringJoiner diff = new StringJoiner("; ");
        change(diff, "cupos", a.quotas(), b.quotas());
        change(diff, "beneficiarios", a.beneficiaries(), b.beneficiaries());
        change(diff, "mujeres", a.women(), b.women());
        change(diff, "hombres", a.men(), b.men());
        change(diff, "presupuesto_ejecutado", a.budgetExecuted(), b.budgetExecuted());
        return diff.toString();
    }

    static String bonificacionDiff(BonificacionValues a, BonificacionValues b) {
        StringJoiner diff = new StringJoiner("; ");
        change(diff, "cupos_asignados", a.quotasAssigned(), b.quotasAssigned());
        change(diff, "empleos_bonificados", a.jobsBonified(), b.jobsBonified());
        change(diff, "empresas", a.companies(), b.companies());
        change(diff, "monto_pagado", a.amountPaid(), b.amountPaid());
        for (BonificacionStage stage : BonificacionStage.values()) {
            String suffix = BonificacionSchema.STAGE_COLUMNS.get(stage);
            change(diff, "fecha_" + suffix, a.stage(stage).date(), b.stage(stage).date());
            change(diff, "nota_" + suffix, a.stage(stage).note(), b.stage(stage).note());
        }
        return diff.toString();
    }

    static String employmentDiff(EmploymentValues a, EmploymentValues b) {
        StringJoiner diff = new StringJoiner("; ");
        if (a.unemploymentRate().compareTo(b.unemploymentRate()) != 0) {
            diff.add("tasa_desocupacion: " + a.unemploymentRate().toPlainString() + " → " + b.unemploymentRate().toPlainString());
        }
        change(diff, "fuerza_de_trabajo", a.labourForce(), b.labourForce());
        change(diff, "ocupados", a.employed(), b.employed());
        change(diff, "fuente", a.source(), b.source());
        change(diff, "fecha_publicacion", a.publishedOn(), b.publishedOn());
        return diff.toString();
    }

    private static void change(StringJoiner diff, String column, Object old, Object current) {
        if (!Objects.equals(old, current)) {
            diff.add(column + ": " + text(old) + " → " + text(current));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "∅";
        }
        if (value instanceof Number n && !(value instanceof BigDecimal)) {
            return String.format(Formats.LOCALE, "%,d", n.longValue());
        }
        return value.toString();
    }

    private static String text(StringJoiner joiner) {
        return joiner.length() == 0 ? null : joiner.toString();
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Long longValue(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
