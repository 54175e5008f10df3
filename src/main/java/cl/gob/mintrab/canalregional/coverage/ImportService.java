package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.security.Actor;
import cl.gob.mintrab.canalregional.support.Times;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Imports a region's figures from a CSV or XLSX file, all or nothing. {@link #preview} reads and checks every row
 * and tells what importing would do, saving nothing; {@link #importFile} checks the same bytes again and, only if no
 * row has an error, writes them all in one transaction and records the import (with the values it overwrote) in
 * the audit log. Both report their progress to {@link ImportProgress}.
 */
@Stateless
public class ImportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    AccessPolicy access;

    @Inject
    ReferenceData reference;

    @Inject
    ImportProgress progress;

    @Inject
    @ConfigProperty(name = "canal.import.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "canal.import.max-rows", defaultValue = "50000")
    int maxRows;

    public TabularReader.Limits limits() {
        return new TabularReader.Limits(maxBytes, maxRows);
    }

    public ImportPreview preview(Dataset dataset, String regionCode, String fileName, byte[] content, String jobId) {
        Actor actor = access.require(Action.EDIT_REGION_DATA, regionCode);
        try {
            ImportPreview preview = switch (dataset) {
                case COVERAGE -> preview(COVERAGE, regionCode, fileName, content, jobId, actor);
                case BONIFICACION -> preview(BONIFICACION, regionCode, fileName, content, jobId, actor);
                case EMPLOYMENT -> preview(EMPLOYMENT, regionCode, fileName, content, jobId, actor);
            };
            progress.update(jobId, actor.username(), ImportProgress.Phase.DONE, preview.totalRows(), preview.totalRows());
            return preview;
        } catch (RuntimeException e) {
            progress.update(jobId, actor.username(), ImportProgress.Phase.FAILED, 0, 0);
            throw e;
        }
    }

    public ImportResult importFile(Dataset dataset, String regionCode, String fileName, byte[] content, String jobId) {
        Actor actor = access.require(Action.EDIT_REGION_DATA, regionCode);
        try {
            ImportResult result = switch (dataset) {
                case COVERAGE -> importFile(COVERAGE, regionCode, fileName, content, jobId, actor);
                case BONIFICACION -> importFile(BONIFICACION, regionCode, fileName, content, jobId, actor);
                case EMPLOYMENT -> importFile(EMPLOYMENT, regionCode, fileName, content, jobId, actor);
            };
            progress.update(jobId, actor.username(), ImportProgress.Phase.DONE, result.counts().total(),
                    result.counts().total());
            return result;
        } catch (RuntimeException e) {
            progress.update(jobId, actor.username(), ImportProgress.Phase.FAILED, 0, 0);
            throw e;
        }
    }

    /** The region's latest imports. */
    public List<ImportResult> findRecent(String regionCode, int max) {
        access.require(Action.EDIT_REGION_DATA, regionCode);
        return em.createQuery("SELECT i FROM DataImport i WHERE i.regionCode = :region ORDER BY i.id DESC",
                        DataImport.class).setParameter("region", regionCode).setMaxResults(max).getResultList().stream()
                .map(DataImport::toResult).toList();
    }

    // ------------------------------------------------------------------------------------------------------

    /** How one dataset's rows are compared with and written to the database. */
    private interface Ops<R extends ImportSchema.KeyedRow, V> {
        ImportSchema<R> schema();

        Map<String, BulkWriter.Existing<V>> existing(BulkWriter writer, String regionCode) throws SQLException;

        BulkWriter.RowAction action(BulkWriter.Existing<V> existing, R row);

        BulkWriter.Changes write(BulkWriter writer, String regionCode, List<R> rows,
                                 Map<String, BulkWriter.Existing<V>> existing, Long importId, String actor,
                                 boolean dryRun, ImportValidator.Progress progress) throws SQLException;
    }

    private static final Ops<CoverageSchema.CoverageRow, CoverageValues> COVERAGE = new Ops<>() {
        public ImportSchema<CoverageSchema.CoverageRow> schema() {
            return CoverageSchema.INSTANCE;
        }

        public Map<String, BulkWriter.Existing<CoverageValues>> existing(BulkWriter w, String region) throws SQLException {
            return w.existingCoverage(region);
        }

        public BulkWriter.RowAction action(BulkWriter.Existing<CoverageValues> existing, CoverageSchema.CoverageRow row) {
            return BulkWriter.action(existing, row.values());
        }

        public BulkWriter.Changes write(BulkWriter w, String region, List<CoverageSchema.CoverageRow> rows,
                                        Map<String, BulkWriter.Existing<CoverageValues>> existing, Long importId,
                                        String actor, boolean dryRun, ImportValidator.Progress p) throws SQLException {
            return w.writeCoverage(region, rows, existing, importId, false, Times.now(), dryRun, p);
        }
    };

    private static final Ops<BonificacionSchema.BonificacionRow, BonificacionValues> BONIFICACION = new Ops<>() {
        public ImportSchema<BonificacionSchema.BonificacionRow> schema() {
            return BonificacionSchema.INSTANCE;
        }

        public Map<String, BulkWriter.Existing<BonificacionValues>> existing(BulkWriter w, String region)
                throws SQLException {
            return w.existingBonificacion(region);
        }

        public BulkWriter.RowAction action(BulkWriter.Existing<BonificacionValues> existing,
                                           BonificacionSchema.BonificacionRow row) {
            return BulkWriter.action(existing, row.values());
        }

        public BulkWriter.Changes write(BulkWriter w, String region, List<BonificacionSchema.BonificacionRow> rows,
                                        Map<String, BulkWriter.Existing<BonificacionValues>> existing, Long importId,
                                        String actor, boolean dryRun, ImportValidator.Progress p) throws SQLException {
            return w.writeBonificacion(region, rows, existing, importId, false, Times.now(), dryRun, p);
        }
    };

    private static final Ops<EmploymentSchema.EmploymentRow, EmploymentValues> EMPLOYMENT = new Ops<>() {
        public ImportSchema<EmploymentSchema.EmploymentRow> schema() {
            return EmploymentSchema.INSTANCE;
        }

        public Map<String, BulkWriter.Existing<EmploymentValues>> existing(BulkWriter w, String region)
                throws SQLException {
            return w.existingEmployment(region);
        }

        public BulkWriter.RowAction action(BulkWriter.Existing<EmploymentValues> existing,
                                           EmploymentSchema.EmploymentRow row) {
            return BulkWriter.employmentAction(existing, row.values());
        }

        public BulkWriter.Changes write(BulkWriter w, String region, List<EmploymentSchema.EmploymentRow> rows,
                                        Map<String, BulkWriter.Existing<EmploymentValues>> existing, Long importId,
                                        String actor, boolean dryRun, ImportValidator.Progress p) throws SQLException {
            return w.writeEmployment(region, rows, existing, importId, false, Times.now(), actor, dryRun, p);
        }
    };

    private <R extends ImportSchema.KeyedRow> ImportCheck<R> check(ImportSchema<R> schema, String regionCode,
                                                                   String fileName, byte[] content, String jobId,
                                                                   String owner) {
        progress.update(jobId, owner, ImportProgress.Phase.READING, 0, 0);
        ImportContext context = reference.context(regionCode);
        TabularFile file = TabularReader.read(fileName, content, limits());
        progress.update(jobId, owner, ImportProgress.Phase.CHECKING, 0, file.rows().size());
        return ImportValidator.check(file, schema, context, progress.listener(jobId, owner, ImportProgress.Phase.CHECKING));
    }

    private <R extends ImportSchema.KeyedRow, V> ImportPreview preview(Ops<R, V> ops, String regionCode, String fileName,
                                                                       byte[] content, String jobId, Actor actor) {
        ImportCheck<R> check = check(ops.schema(), regionCode, fileName, content, jobId, actor.username());
        try {
            BulkWriter writer = new BulkWriter(connection());
            Map<String, BulkWriter.Existing<V>> existing = ops.existing(writer, regionCode);
            BulkWriter.Changes planned = ops.write(writer, regionCode, validRows(check), existing, null,
                    actor.username(), true, ImportValidator.Progress.NONE);
            return preview(check, regionCode, fileName, planned.counts(),
                    row -> ops.action(existing.get(row.key()), row));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the region's data", e);
        }
    }

    private <R extends ImportSchema.KeyedRow, V> ImportResult importFile(Ops<R, V> ops, String regionCode,
                                                                         String fileName, byte[] content, String jobId,
                                                                         Actor actor) {
        ImportCheck<R> check = check(ops.schema(), regionCode, fileName, content, jobId, actor.username());
        if (!check.valid()) {
            throw new ImportRejectedException(preview(check, regionCode, fileName,
                    new ImportCounts(check.rows().size(), 0, 0, 0), row -> BulkWriter.RowAction.NEW));
        }
        try {
            BulkWriter writer = new BulkWriter(connection());
            Map<String, BulkWriter.Existing<V>> existing = ops.existing(writer, regionCode);
            List<R> rows = check.parsedRows();
            BulkWriter.Changes planned = ops.write(writer, regionCode, rows, existing, null, actor.username(), true,
                    ImportValidator.Progress.NONE);
            DataImport dataImport = new DataImport(ops.schema().dataset(), regionCode,
                    truncate(fileName == null || fileName.isBlank() ? "archivo" : fileName, 255), check.format(),
                    sha256(content), planned.counts(), planned.overwritten(), actor.username(), Times.now());
            em.persist(dataImport);
            em.flush();
            int toWrite = planned.created() + planned.updated();
            progress.update(jobId, actor.username(), ImportProgress.Phase.WRITING, 0, toWrite);
            ops.write(writer, regionCode, rows, existing, dataImport.getId(), actor.username(), false,
                    progress.listener(jobId, actor.username(), ImportProgress.Phase.WRITING));
            return dataImport.toResult();
        } catch (SQLException e) {
            throw new IllegalStateException("Import into region " + regionCode + " failed", e);
        }
    }

    private static <R extends ImportSchema.KeyedRow> List<R> validRows(ImportCheck<R> check) {
        return check.rows().stream().filter(ImportCheck.RowCheck::valid).map(ImportCheck.RowCheck::parsed).toList();
    }

    private static <R extends ImportSchema.KeyedRow> ImportPreview preview(
            ImportCheck<R> check, String regionCode, String fileName, ImportCounts counts,
            java.util.function.Function<R, BulkWriter.RowAction> action) {
        List<ImportPreview.Row> rows = new ArrayList<>(check.rows().size());
        for (ImportCheck.RowCheck<R> row : check.rows()) {
            ImportPreview.RowAction rowAction = !row.valid() ? ImportPreview.RowAction.ERROR
                    : ImportPreview.RowAction.valueOf(action.apply(row.parsed()).name());
            rows.add(new ImportPreview.Row(row.number(), List.copyOf(row.cells().values()), row.errors(), rowAction));
        }
        return new ImportPreview(check.dataset(), regionCode, fileName, check.format(), check.columns(), rows,
                check.errorRows(), counts);
    }

    private Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("No JDBC connection in the current transaction");
        }
        return connection;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
