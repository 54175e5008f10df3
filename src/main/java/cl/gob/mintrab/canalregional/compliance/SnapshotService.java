package cl.gob.mintrab.canalregional.compliance;

import cl.gob.mintrab.canalregional.security.Actor;
import cl.gob.mintrab.canalregional.security.AuditAction;
import cl.gob.mintrab.canalregional.security.AuditNote;
import cl.gob.mintrab.canalregional.support.NotFoundException;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.Times;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Year-end freezing: the programme's results become an immutable snapshot (canonical serialization + SHA-256,
 * append-only in the database); later corrections produce a new, annotated version and never touch the earlier
 * ones. Anyone with {@code MANAGE_GT} can verify a snapshot: the stored text is parsed, serialized canonically again
 * and hashed, and the live data is compared with the frozen results.
 */
@Stateless
public class SnapshotService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    GtAccess access;

    @Inject
    AuditNote auditNote;

    @Inject
    SnapshotWriter writer;

    /** A snapshot with its parsed content, for its page. */
    public record SnapshotDetail(SnapshotView snapshot, ProgramView program, Map<String, Object> content) {

        @SuppressWarnings("unchecked")
        public Map<String, Object> body() {
            return (Map<String, Object>) content.get("body");
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> meta() {
            return (Map<String, Object>) content.get("meta");
        }
    }

    /**
     * The result of recomputing a snapshot's hash.
     *
     * @param intact        the stored text still hashes to the stored SHA-256
     * @param canonical     the stored text is exactly the canonical form of its own content
     * @param matchesLive   the programme's current results equal the frozen ones
     */
    public record Verification(long snapshotId, int versionNo, String storedHash, String recomputedHash, boolean intact,
                               boolean canonical, boolean matchesLive, Instant verifiedAt) {
        public boolean valid() {
            return intact && canonical;
        }
    }

    /** ACTIVO -> CONGELADO with snapshot version 1. */
    public SnapshotView freeze(long programId, int expectedVersion) {
        Actor actor = access.requireManage();
        WorkProgram program = program(programId);
        WorkProgramService.checkVersion(program.getVersion(), expectedVersion, "WorkProgram", programId);
        if (program.getStatus() != ProgramStatus.ACTIVO) {
            throw ValidationException.of(null, "gt.freeze_not_active");
        }
        ProgramSnapshot snapshot = writer.write(programId, 1, actor.username(), null);
        auditNote.describe(program, AuditAction.TRANSITION,
                Texts.get("gt_audit.frozen", snapshot.getSha256()));
        program.setStatus(ProgramStatus.CONGELADO);
        program.touch();
        return SnapshotView.of(snapshot);
    }

    /** A new annotated version of a frozen programme's results (after corrections); earlier versions stay. */
    public SnapshotView newVersion(long programId, String annotation) {
        Actor actor = access.requireManage();
        WorkProgram program = program(programId);
        if (program.getStatus() != ProgramStatus.CONGELADO) {
            throw ValidationException.of(null, "gt.version_not_frozen");
        }
        if (annotation == null || annotation.isBlank()) {
            throw ValidationException.of("annotation", "gt.annotation_required");
        }
        if (annotation.length() > 2000) {
            throw ValidationException.of("annotation", "field.too_long", 2000);
        }
        Integer last = em.createQuery("SELECT MAX(s.versionNo) FROM ProgramSnapshot s WHERE s.programId = :p",
                Integer.class).setParameter("p", programId).getSingleResult();
        return SnapshotView.of(writer.write(programId, last == null ? 1 : last + 1, actor.username(), annotation.trim()));
    }

    public List<SnapshotView> findByProgram(long programId) {
        access.requireManage();
        return em.createQuery("SELECT s FROM ProgramSnapshot s WHERE s.programId = :p ORDER BY s.versionNo DESC",
                        ProgramSnapshot.class).setParameter("p", programId).getResultStream()
                .map(SnapshotView::of).toList();
    }

    @SuppressWarnings("unchecked")
    public SnapshotDetail get(long snapshotId) {
        access.requireManage();
        ProgramSnapshot snapshot = snapshot(snapshotId);
        return new SnapshotDetail(SnapshotView.of(snapshot), ProgramView.of(program(snapshot.getProgramId())),
                (Map<String, Object>) CanonicalJson.read(snapshot.getCanonical()));
    }

    /** Recomputes the hash from the stored text and compares the frozen results with the live ones. */
    @SuppressWarnings("unchecked")
    public Verification verify(long snapshotId) {
        access.requireManage();
        ProgramSnapshot snapshot = snapshot(snapshotId);
        String stored = snapshot.getCanonical();
        String recomputed = CanonicalJson.sha256(stored);
        boolean canonical;
        boolean matchesLive;
        try {
            Map<String, Object> content = (Map<String, Object>) CanonicalJson.read(stored);
            canonical = CanonicalJson.write(content).equals(stored);
            String frozenBody = CanonicalJson.write(content.get("body"));
            String liveBody = CanonicalJson.write(CanonicalJson.read(CanonicalJson.write(writer.liveBody(snapshot.getProgramId()))));
            matchesLive = frozenBody.equals(liveBody);
        } catch (RuntimeException unreadable) {
            canonical = false;
            matchesLive = false;
        }
        return new Verification(snapshot.getId(), snapshot.getVersionNo(), snapshot.getSha256(), recomputed,
                recomputed.equals(snapshot.getSha256()), canonical, matchesLive, Times.now());
    }

    private ProgramSnapshot snapshot(long id) {
        ProgramSnapshot snapshot = em.find(ProgramSnapshot.class, id);
        if (snapshot == null) {
            throw new NotFoundException("ProgramSnapshot", id);
        }
        return snapshot;
    }

    private WorkProgram program(long programId) {
        WorkProgram program = em.find(WorkProgram.class, programId);
        if (program == null) {
            throw new NotFoundException("WorkProgram", programId);
        }
        return program;
    }
}
