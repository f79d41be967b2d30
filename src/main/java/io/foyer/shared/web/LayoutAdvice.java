package io.foyer.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page. */
@ControllerAdvice
class LayoutAdvice {

    /** The path of the current page, for the language links (which add {@code ?lang=}). */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        return forwarded != null ? forwarded.toString() : request.getRequestURI();
    }
}
