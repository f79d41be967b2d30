package io.foyer.console;

import io.foyer.identity.StaffRole;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The staff roles that may use a console handler. The security chain only knows "is staff"; this
 * narrows it per screen or action, checked by {@link StaffRoleInterceptor} on every request.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface AllowedRoles {
    StaffRole[] value();
}
