package io.foyer.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose path contains {@code {accountId}}: the caller must be a member of that
 * account (else 404) holding every listed permission (else 403). An empty list means any member.
 * Every handler with an {@code {accountId}} in its path must carry this annotation, on the method
 * or its class; Foyer refuses to start otherwise.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresPermission {
    Permission[] value() default {};
}
