package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.Times;
import cl.gob.mintrab.canalregional.support.Formats;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit log: explicit security and workflow events (data changes are written by {@link AuditListener}),
 * and the queries behind the audit page and its CSV export. There is no method to change or remove an entry.
 */
@Stateless
public class AuditLog {

    private static final int EXPORT_PAGE = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    CurrentActor currentActor;

    /** An event by the current actor, kept even if the caller's transaction rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditAction action, String entityType, Object entityId, String regionCode, String summary) {
        record(currentActor.get(), action, entityType, entityId, regionCode, summary);
    }

    /** An event by a given actor (where the caller's identity is not the container's current one). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Actor actor, AuditAction action, String entityType, Object entityId, String regionCode,
                       String summary) {
        em.persist(new AuditEntry(Times.now(), actor.username(), actor.describeScope(), action, entityType,
                entityId == null ? null : String.valueOf(entityId), regionCode, summary, null, null));
    }

    /** An authentication event: the actor is the user name that was typed, with the client's address. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAuthentication(AuditAction action, String username, Long accountId, String summary,
                                     String clientAddress) {
        String actor = username == null || username.isBlank() ? "(vacío)" : AuditText.truncate(username.trim(), 60);
        em.persist(new AuditEntry(Times.now(), actor, null, action, accountId == null ? null : "Account",
                accountId == null ? null : String.valueOf(accountId), null, summary,
                AuditText.truncate(clientAddress, 45), null));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CENTRAL})
    public List<AuditEntryView> find(AuditFilter filter, int first, int max) {
        return query(filter, "SELECT e FROM AuditEntry e", AuditEntry.class, " ORDER BY e.id DESC")
                .setFirstResult(first).setMaxResults(max)
                .getResultList().stream().map(AuditEntryView::of).toList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CENTRAL})
    public long count(AuditFilter filter) {
        return query(filter, "SELECT COUNT(e) FROM AuditEntry e", Long.class, "").getSingleResult();
    }

    /** Entity types present in the log, for the filter's choices. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CENTRAL})
    public List<String> findEntityTypes() {
        return em.createQuery("SELECT DISTINCT e.entityType FROM AuditEntry e WHERE e.entityType IS NOT NULL "
                + "ORDER BY e.entityType", String.class).getResultList();
    }

    /** Every entry matching the filter as CSV (UTF-8 with BOM so spreadsheets read accents); the export is audited. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CENTRAL})
    public void exportCsv(AuditFilter filter, OutputStream out) {
        long total = count(filter);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("id", "fecha_hora",
                    "usuario", "alcance", "accion", "entidad", "id_entidad", "region", "resumen", "direccion_cliente",
                    "cambios").get());
            for (int first = 0; first < total; first += EXPORT_PAGE) {
                for (AuditEntryView e : find(filter, first, EXPORT_PAGE)) {
                    csv.printRecord(e.id(), Formats.ISO_LOCAL.format(e.occurredAt().atZone(Formats.ZONE)), e.actor(),
                            e.actorScope(), e.action().name(), e.entityType(), e.entityId(), e.regionCode(),
                            e.summary(), e.clientAddress(), e.changes().stream()
                                    .map(c -> c.field() + ": " + nullText(c.oldValue()) + " → " + nullText(c.newValue()))
                                    .collect(Collectors.joining("; ")));
                }
                em.clear();
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record(AuditAction.EXPORT, "AuditEntry", null, null, total + " entradas exportadas a CSV");
    }

    private static String nullText(String value) {
        return value == null ? "∅" : value;
    }

    private <T> TypedQuery<T> query(AuditFilter filter, String select, Class<T> type, String orderBy) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.from() != null) {
            where.add("e.occurredAt >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.add("e.occurredAt < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("e.actor = :actor");
            params.put("actor", filter.actor().trim().toLowerCase());
        }
        if (filter.regionCode() != null) {
            where.add("e.regionCode = :region");
            params.put("region", filter.regionCode());
        }
        if (filter.entityType() != null) {
            where.add("e.entityType = :type");
            params.put("type", filter.entityType());
        }
        if (filter.action() != null) {
            where.add("e.action = :action");
            params.put("action", filter.action());
        }
        String jpql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + orderBy;
        TypedQuery<T> query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        return query;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Formats.ZONE).toInstant();
    }
}
