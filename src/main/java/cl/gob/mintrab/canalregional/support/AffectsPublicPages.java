package cl.gob.mintrab.canalregional.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity the public pages show. Any insert, update or delete of it bumps the public content version
 * (in the same transaction), which invalidates every instance's page cache and every reader's ETag.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AffectsPublicPages {
}
