package io.foyer.console;

import io.foyer.catalog.CatalogEntryNotFound;
import io.foyer.identity.StaffConsolePages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The console's own screens: the signed-in staff member and console-styled 403/404 pages (from
 * {@link StaffConsolePages}), and a missing catalog entry as a 404.
 */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
class ConsoleAdvice extends StaffConsolePages {

    @ExceptionHandler(CatalogEntryNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String catalogEntryNotFound(Model model, HttpServletRequest request) {
        return errorPage(model, request, "notFound");
    }
}
