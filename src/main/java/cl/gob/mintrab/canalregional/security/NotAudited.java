package cl.gob.mintrab.canalregional.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field left out of the audited changes because it is bookkeeping (version, timestamps) or because an explicit
 * security event already records it (failed-login counter). An update that changes only such fields writes no
 * audit entry.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotAudited {
}
