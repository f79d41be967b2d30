package io.foyer.console;

import io.foyer.catalog.CatalogEntryNotFound;
import io.foyer.identity.StaffUser;
import io.foyer.shared.web.ForbiddenException;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What the console layout needs on every page (the signed-in staff member), and console-styled
 * 403/404 pages: the customer error pages talk about account owners and permissions, which would
 * mislead staff.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
class ConsoleAdvice {

    @ModelAttribute("staff")
    StaffUser staff() {
        return currentStaff();
    }

    @ExceptionHandler({NotFoundException.class, CatalogEntryNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, HttpServletRequest request) {
        return errorPage(model, request, "notFound");
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model, HttpServletRequest request) {
        return errorPage(model, request, "forbidden");
    }

    // Exception handlers get an empty model, so the layout's attributes are added here again.
    private static String errorPage(Model model, HttpServletRequest request, String kind) {
        model.addAttribute("staff", currentStaff());
        model.addAttribute("currentPath", request.getRequestURI());
        model.addAttribute("kind", kind);
        return "console/error";
    }

    private static StaffUser currentStaff() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffUser staff ? staff : null;
    }
}
