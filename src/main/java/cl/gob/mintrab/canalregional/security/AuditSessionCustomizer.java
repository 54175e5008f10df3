package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.AffectsPublicPages;
import cl.gob.mintrab.canalregional.support.PublicContentListener;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Attaches the single {@link AuditListener} to every entity marked {@link Audited}, and the
 * {@link PublicContentListener} to every entity marked {@link AffectsPublicPages}. Registered in persistence.xml
 * ({@code eclipselink.session.customizer}), so features only annotate their entities.
 */
public class AuditSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        AuditListener audit = new AuditListener();
        PublicContentListener publicContent = new PublicContentListener();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            if (type != null && type.isAnnotationPresent(Audited.class)) {
                descriptor.getEventManager().addListener(audit);
            }
            if (type != null && type.isAnnotationPresent(AffectsPublicPages.class)) {
                descriptor.getEventManager().addListener(publicContent);
            }
        }
    }
}
