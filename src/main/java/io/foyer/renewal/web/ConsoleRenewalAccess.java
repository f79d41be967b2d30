package io.foyer.renewal.web;

import io.foyer.identity.StaffConsolePages;
import io.foyer.identity.StaffRole;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Billing runs are for admins and billing staff; checked on every request under {@code /console/renewals}. */
@Configuration(proxyBeanMethods = false)
class ConsoleRenewalAccess implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        StaffConsolePages.restrict(
                registry,
                (role, uri) -> role == StaffRole.ADMIN || role == StaffRole.BILLING,
                "/console/renewals",
                "/console/renewals/**");
    }

    /** The console layout's attributes and console-styled 403/404 pages. */
    @ControllerAdvice(assignableTypes = ConsoleRenewalController.class)
    static class Advice extends StaffConsolePages {}
}
