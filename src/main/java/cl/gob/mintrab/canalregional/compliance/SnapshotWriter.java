package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.support.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds and writes snapshots in the caller's transaction, without permission checks: used by
 * {@link SnapshotService} (which checks) and by the demo content.
 */
@ApplicationScoped
public class SnapshotWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgramResults results;

    @Inject
    PortalEvidenceFinder portal;

    public ProgramSnapshot write(long programId, int version, String username, String annotation) {
        Instant now = Times.now();
        ProgramResults.Results r = results.load(programId);
        Map<String, Object> body = body(r);
        String canonical = CanonicalJson.write(SnapshotContent.document(version, now, username, annotation, body));
        ProgramSnapshot snapshot = new ProgramSnapshot(programId, version, now, username, annotation,
                r.national().mean(), canonical);
        em.persist(snapshot);
        em.flush();
        return snapshot;
    }

    /** The programme's current results as a snapshot body. */
    public Map<String, Object> liveBody(long programId) {
        return body(results.load(programId));
    }

    private Map<String, Object> body(ProgramResults.Results r) {
        Map<String, Map<Long, PortalEvidence>> found = new HashMap<>();
        for (ProgramResults.UnitView unit : r.units()) {
            Map<Long, PortalEvidence> byActivity = new HashMap<>();
            for (ProgramResults.RowView row : unit.rows()) {
                byActivity.put(row.activity().id(), portal.find(row.activity().sections(), unit.regionCode(),
                        r.program().periodStart(), r.program().periodEnd()));
            }
            found.put(unit.regionCode(), byActivity);
        }
        return SnapshotContent.body(r, found);
    }
}
