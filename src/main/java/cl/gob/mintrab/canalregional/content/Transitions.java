package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.content.PublicationWorkflow.States;
import cl.gob.mintrab.canalregional.security.AuditAction;
import cl.gob.mintrab.canalregional.security.AuditNote;

/** Applies a workflow step to a publication and tells the audit log why (a TRANSITION entry, not a plain update). */
final class Transitions {

    private Transitions() {
    }

    static void apply(AuditNote note, Publication p, States before, States after, String why) {
        p.apply(after);
        if (!before.equals(after) || why != null) {
            note.describe(p, AuditAction.TRANSITION, describe(before) + " → " + describe(after)
                    + (why == null ? "" : ": " + why));
        }
    }

    static String describe(States s) {
        if (s.publicState() == PublicState.NONE) {
            return s.draftState().name();
        }
        return s.publicState().name() + (s.hasDraft() ? " + " + s.draftState().name() : "");
    }
}
