package io.foyer.support.web;

import io.foyer.identity.StaffRole;
import io.foyer.identity.StaffUser;
import io.foyer.shared.web.ForbiddenException;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Who may use the support screens of the console: admins and support staff. */
@Configuration(proxyBeanMethods = false)
class ConsoleSupportAccess implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        StaffUser staff = currentStaff();
                        if (staff == null || staff.role() == StaffRole.BILLING) {
                            throw new ForbiddenException();
                        }
                        return true;
                    }
                })
                .addPathPatterns("/console/support", "/console/support/**");
    }

    static StaffUser currentStaff() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffUser staff ? staff : null;
    }

    /** The console layout's attributes and console-styled 403/404 pages for the support screens. */
    @ControllerAdvice(assignableTypes = ConsoleSupportController.class)
    static class Advice {

        @ModelAttribute("staff")
        StaffUser staff() {
            return currentStaff();
        }

        @ExceptionHandler(NotFoundException.class)
        @ResponseStatus(HttpStatus.NOT_FOUND)
        String notFound(Model model, HttpServletRequest request) {
            return error(model, request, "notFound");
        }

        @ExceptionHandler(ForbiddenException.class)
        @ResponseStatus(HttpStatus.FORBIDDEN)
        String forbidden(Model model, HttpServletRequest request) {
            return error(model, request, "forbidden");
        }

        private static String error(Model model, HttpServletRequest request, String kind) {
            model.addAttribute("staff", currentStaff());
            model.addAttribute("currentPath", request.getRequestURI());
            model.addAttribute("kind", kind);
            return "console/error";
        }
    }
}
