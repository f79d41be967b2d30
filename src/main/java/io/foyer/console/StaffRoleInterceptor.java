package io.foyer.console;

import io.foyer.identity.StaffUser;
import io.foyer.shared.web.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Answers 403 when the signed-in staff member's role is not among the handler's {@link
 * AllowedRoles}. Hiding a link or form is only a convenience; this is the check.
 */
class StaffRoleInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        AllowedRoles allowed = allowedRoles(method);
        if (allowed == null) {
            return true;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || !(auth.getPrincipal() instanceof StaffUser staff)
                || Arrays.stream(allowed.value()).noneMatch(role -> role == staff.role())) {
            throw new ForbiddenException();
        }
        return true;
    }

    private static AllowedRoles allowedRoles(HandlerMethod method) {
        AllowedRoles onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), AllowedRoles.class);
        return onMethod != null
                ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AllowedRoles.class);
    }
}
