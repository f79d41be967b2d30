package io.foyer.support.web;

import io.foyer.identity.StaffConsolePages;
import io.foyer.identity.StaffRole;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Who may use the support screens of the console: admins and support staff. */
@Configuration(proxyBeanMethods = false)
class ConsoleSupportAccess implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        StaffConsolePages.restrict(
                registry, (role, uri) -> role != StaffRole.BILLING, "/console/support", "/console/support/**");
    }

    /** The console layout's attributes and console-styled 403/404 pages for the support screens. */
    @ControllerAdvice(assignableTypes = ConsoleSupportController.class)
    static class Advice extends StaffConsolePages {}
}
