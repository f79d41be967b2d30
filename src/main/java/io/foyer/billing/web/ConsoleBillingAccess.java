package io.foyer.billing.web;

import io.foyer.identity.StaffConsolePages;
import io.foyer.identity.StaffRole;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may use the billing screens of the staff console: admins and billing staff; the seller
 * settings admins only. Checked on every request under {@code /console/billing}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleBillingAccess implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        StaffConsolePages.restrict(
                registry,
                (role, uri) -> role == StaffRole.ADMIN
                        || (role == StaffRole.BILLING && !uri.startsWith("/console/billing/settings")),
                "/console/billing/**");
    }

    /** The console layout's attributes and console-styled 403/404 pages for billing's console screens. */
    @ControllerAdvice(
            assignableTypes = {
                SellerSettingsController.class,
                ConsoleDocumentsController.class,
                ConsoleAccountBillingController.class,
                ConsolePayoutsController.class
            })
    static class Advice extends StaffConsolePages {}
}
