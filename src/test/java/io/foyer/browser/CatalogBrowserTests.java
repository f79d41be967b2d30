package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.assertStatus;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.field;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.Catalog;
import io.foyer.catalog.Plan;
import io.foyer.identity.StaffRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** Billing staff build a product and a plan with its prices in the console, fixing a wrong amount on the way. */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class CatalogBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Catalog catalog;

    @Test
    void staffCreateAPlanWithConfigurationAndPrices(Page staff) {
        String product = "Cloud servers " + Fixtures.uniqueEmail("p").replaceAll("\\D", "");
        staff.navigate("/console/login");
        field(staff, "Email").fill(fixtures.staff(StaffRole.BILLING));
        field(staff, "Password").fill(Fixtures.PASSWORD);
        button(staff, "Log in").click();

        link(staff, "Catalog").click();
        assertThat(heading(staff)).hasText("Catalog");
        link(staff, "New product").click();
        field(staff, "Kind").selectOption("Virtual server");
        field(staff, "Name").fill(product);
        field(staff, "Description").fill("KVM servers with NVMe storage.");
        button(staff, "Create product").click();
        assertStatus(staff, "Your changes have been saved.");
        assertThat(heading(staff)).hasText(product);

        link(staff, "New plan in " + product).click();
        field(staff, "Name").fill("CX 4");
        field(staff, "Label 1").fill("CPU");
        field(staff, "Value 1").fill("4 vCPU");
        field(staff, "Label 2").fill("RAM");
        field(staff, "Value 2").fill("8 GB");
        button(staff, "Create plan").click();
        assertThat(heading(staff)).hasText("Prices of CX 4");
        assertStatus(staff, "Now enter its prices");

        field(staff, "EUR price for 1 month").fill("12.90");
        field(staff, "EUR setup fee for 1 month").fill("9");
        field(staff, "EUR price for 12 months").fill("138.001");
        field(staff, "USD price for 1 month").fill("13.90");
        button(staff, "Save prices").click();
        assertThat(staff.getByRole(AriaRole.ALERT).first()).containsText("Nothing has been changed");
        assertThat(field(staff, "EUR price for 12 months")).hasAttribute("aria-invalid", "true");
        assertThat(staff.locator("#price-EUR-12-error")).hasText("This currency has at most two decimal places.");

        PageStructureBrowserTests.assertWellStructured(staff);
        field(staff, "EUR price for 12 months").fill("138.00");
        button(staff, "Save prices").click();
        assertStatus(staff, "The prices have been saved.");
        Browsing.screenshot(staff, "console-catalog-prices");

        link(staff, "Back to CX 4").click();
        assertThat(heading(staff)).hasText("CX 4");
        var prices = staff.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Prices of CX 4"));
        assertThat(prices).containsText("12.90 EUR");
        assertThat(prices).containsText("9.00 EUR");
        assertThat(prices).containsText("13.90 USD");
        PageStructureBrowserTests.assertWellStructured(staff);
        Browsing.screenshot(staff, "console-catalog-plan");

        Plan plan = catalog.activePlans().stream()
                .filter(p -> p.productName().equals(product))
                .findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat(plan.configuration()).containsEntry("CPU", "4 vCPU");
        org.assertj.core.api.Assertions.assertThat(
                        catalog.orderablePrice(plan.id(), BillingPeriod.TWELVE_MONTHS, "EUR"))
                .isPresent();
        org.assertj.core.api.Assertions.assertThat(
                        catalog.orderablePrice(plan.id(), BillingPeriod.TWELVE_MONTHS, "USD"))
                .isEmpty();

        button(staff, "Retire plan").click();
        assertStatus(staff, "The plan has been retired.");
        org.assertj.core.api.Assertions.assertThat(catalog.orderablePrice(plan.id(), BillingPeriod.ONE_MONTH, "EUR"))
                .isEmpty();
    }
}
