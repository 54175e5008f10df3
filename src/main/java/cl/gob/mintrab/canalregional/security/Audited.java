package cl.gob.mintrab.canalregional.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose every insert, update and delete is written to the audit log, with the changed fields and
 * their old and new values. Nothing else is needed: {@link AuditListener} is attached to every entity that
 * carries this annotation. Entities that belong to a region implement {@link RegionOwned}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {
}
