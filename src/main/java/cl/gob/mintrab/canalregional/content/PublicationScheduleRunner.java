package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.content.PublicationWorkflow.States;
import cl.gob.mintrab.canalregional.security.AuditNote;
import cl.gob.mintrab.canalregional.support.Formats;
import cl.gob.mintrab.canalregional.support.Texts;
import cl.gob.mintrab.canalregional.support.Times;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Executes the scheduled transitions that are due: PROGRAMADO items whose publication time has come go live,
 * PUBLICADO items whose unpublish time has come are archived. Safe with several instances: the due rows are
 * locked with {@code FOR UPDATE SKIP LOCKED}, so each instance takes different rows, and a row no longer
 * matches once its transition is committed. Each transition therefore happens exactly once.
 */
@Stateless
public class PublicationScheduleRunner {

    static final int BATCH = 200;
    /** A transition later than this after its time is reported as late (downtime, or a failure). */
    static final Duration LATE = Duration.ofMinutes(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    PublicIndex publicIndex;

    @Inject
    AuditNote auditNote;

    /**
     * @param trigger text key of what started the run (start-up catch-up or timer), for the audit log
     * @return how many transitions were executed
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int runDue(String trigger) {
        Instant now = Times.now();
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("""
                SELECT id FROM publication
                WHERE deleted = FALSE
                  AND ((public_state = 'PROGRAMADO' AND publish_at <= ?1) OR (public_state = 'PUBLICADO' AND unpublish_at <= ?1))
                ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .setParameter(2, BATCH).getResultList();
        int done = 0;
        for (Number id : due) {
            Publication p = em.find(Publication.class, id.longValue());
            em.refresh(p);
            States before = p.states();
            if (PublicationWorkflow.publishIsDue(before, p.getPublishAt(), now)) {
                Transitions.apply(auditNote, p, before, new States(PublicState.PUBLICADO, before.draftState()),
                        Texts.get("audit.content.scheduled_publish", new Formats().dateTime(p.getPublishAt()), late(p.getPublishAt(), now, trigger)));
                p.markPublished(now);
                publicIndex.index(p);
                done++;
            } else if (PublicationWorkflow.unpublishIsDue(before, p.getUnpublishAt(), now)) {
                Transitions.apply(auditNote, p, before, PublicationWorkflow.archive(before),
                        Texts.get("audit.content.scheduled_unpublish", new Formats().dateTime(p.getUnpublishAt()), late(p.getUnpublishAt(), now, trigger)));
                publicIndex.unindex(p);
                done++;
            }
            p.setUpdatedAt(now);
        }
        return done;
    }

    private static String late(Instant scheduled, Instant now, String trigger) {
        Duration delay = Duration.between(scheduled, now);
        return delay.compareTo(LATE) > 0
                ? Texts.get("audit.content.late", delay.toMinutes(), Texts.get(trigger))
                : Texts.get(trigger);
    }
}
