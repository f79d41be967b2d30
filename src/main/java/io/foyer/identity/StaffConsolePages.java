package io.foyer.identity;

import io.foyer.shared.web.ForbiddenException;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.BiPredicate;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;

/**
 * What every staff console screen needs, whichever module it lives in: the signed-in staff member
 * for the console layout, and console-styled 403/404 pages (the customer error pages talk about
 * account owners and permissions, which would mislead staff). A module's console screens get them
 * from a {@code @ControllerAdvice} subclass naming its controllers, and their role check from
 * {@link #restrict}.
 */
public abstract class StaffConsolePages {

    /** The staff member of the current request, or null outside the console. */
    public static StaffUser currentStaff() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffUser staff ? staff : null;
    }

    /**
     * Refuses (403) every request under {@code paths} whose staff member's role is not allowed for
     * the request URI; checked on the server for each request, whatever the page shows.
     */
    public static void restrict(InterceptorRegistry registry, BiPredicate<StaffRole, String> allowed, String... paths) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        StaffUser staff = currentStaff();
                        if (staff == null || !allowed.test(staff.role(), request.getRequestURI())) {
                            throw new ForbiddenException();
                        }
                        return true;
                    }
                })
                .addPathPatterns(paths);
    }

    @ModelAttribute("staff")
    public StaffUser staff() {
        return currentStaff();
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(Model model, HttpServletRequest request) {
        return errorPage(model, request, "notFound");
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    public String forbidden(Model model, HttpServletRequest request) {
        return errorPage(model, request, "forbidden");
    }

    /** The console error page; exception handlers get an empty model, so the layout's attributes are added again. */
    protected static String errorPage(Model model, HttpServletRequest request, String kind) {
        model.addAttribute("staff", currentStaff());
        model.addAttribute("currentPath", request.getRequestURI());
        model.addAttribute("kind", kind);
        return "console/error";
    }
}
