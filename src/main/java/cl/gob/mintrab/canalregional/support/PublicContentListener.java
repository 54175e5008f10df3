package cl.gob.mintrab.canalregional.support;

import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.DataModifyQuery;

/**
 * Bumps the public content version whenever an entity marked {@link AffectsPublicPages} is written, on the same
 * connection and in the same transaction as the change, so the version never runs ahead of or behind the data.
 */
public class PublicContentListener extends DescriptorEventAdapter {

    static final String BUMP = "UPDATE content_version SET version = version + 1, changed_at = UTC_TIMESTAMP(3) WHERE id = 1";

    @Override
    public void postInsert(DescriptorEvent event) {
        bump(event);
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        bump(event);
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        bump(event);
    }

    private static void bump(DescriptorEvent event) {
        DataModifyQuery query = new DataModifyQuery();
        query.setSQLString(BUMP);
        event.getSession().executeQuery(query);
    }
}
