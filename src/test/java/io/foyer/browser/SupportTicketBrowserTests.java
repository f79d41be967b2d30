package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.field;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import io.foyer.catalog.BillingPeriod;
import io.foyer.catalog.ProductKind;
import io.foyer.identity.StaffRole;
import io.foyer.shared.Money;
import io.foyer.subscription.NewService;
import io.foyer.subscription.Services;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.MailServers;
import io.foyer.support.SupportMailIn;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer opens a ticket about a service with an attachment, staff reply in the console, the
 * customer sees it unread, answers the reply's mail copy, and replies in the panel.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class SupportTicketBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Services services;

    @Autowired
    SupportMailIn mailIn;

    @Test
    void customerOpensATicketAboutAServiceStaffReplyTheCustomerReadsAndReplies(Page customer, Browsing browsing) {
        var owner = fixtures.owner("browser-support");
        long service = services.createPending(new NewService(
                owner.account().id(),
                0,
                0,
                "Web hosting",
                "Small",
                ProductKind.WEB_HOSTING,
                BillingPeriod.ONE_MONTH,
                Money.of("5.00", "EUR")));

        Steps.logIn(customer, owner.email(), Fixtures.PASSWORD);
        customer.navigate("/accounts/" + owner.account().id());
        link(Steps.mainNavigation(customer), "Support").click();
        link(customer, "New ticket").click();
        field(customer, "Department").selectOption(new SelectOption().setLabel("Technical"));
        field(customer, "Subject").fill("Website shows an error");
        field(customer, "Importance").selectOption(new SelectOption().setLabel("High"));
        field(customer, "Service").selectOption(new SelectOption().setLabel(service + " · Web hosting Small"));
        field(customer, "Message").fill("Since 9 o'clock every page answers 500.");
        field(customer, "Attachments (optional)")
                .setInputFiles(new FilePayload("error.log", "text/plain", "PHP Fatal error".getBytes()));
        button(customer, "Open ticket").click();
        assertThat(heading(customer)).hasText(Pattern.compile("Ticket \\d{4}-\\d{6}: Website shows an error"));
        assertThat(customer.getByText("Since 9 o'clock every page answers 500."))
                .isVisible();

        Page staff = browsing.newPage();
        staff.navigate("/console/login");
        field(staff, "Email").fill(fixtures.staff(StaffRole.SUPPORT));
        field(staff, "Password").fill(Fixtures.PASSWORD);
        button(staff, "Log in").click();
        link(staff, "Support").click();
        link(staff, "Website shows an error").first().click();
        assertThat(staff.getByText(service + " · Web hosting Small · Pending payment"))
                .isVisible();
        assertThat(link(staff, "error.log")).isVisible();
        field(staff, "Reply or note").fill("We restarted the PHP workers; please check again.");
        button(staff, "Send").click();
        assertThat(staff.getByRole(AriaRole.STATUS)).hasText("The reply was sent and mailed to the customer.");

        link(Steps.mainNavigation(customer), "Support").click();
        link(customer, "Unread (1)").click();
        link(customer, "Website shows an error").click();
        assertThat(customer.getByText("We restarted the PHP workers; please check again."))
                .isVisible();

        // The customer answers the mail copy of the staff reply; Foyer reads the support mailbox.
        MailServers.answer(
                MailServers.awaitMailTo(owner.email()), owner.email(), "The shop works again, the blog does not.");
        org.assertj.core.api.Assertions.assertThat(mailIn.poll().added()).isPositive();
        customer.reload();
        assertThat(customer.getByText("The shop works again, the blog does not."))
                .isVisible();
        assertThat(customer.getByText("> We restarted the PHP workers")).hasCount(0);
        assertThat(customer.getByText("by email")).isVisible();

        field(customer, "Your reply").fill("Works again, thank you.");
        button(customer, "Send reply").click();
        assertThat(customer.getByText("Works again, thank you.")).isVisible();
        link(customer, "Back to the tickets").click();
        assertThat(link(customer, "Unread (0)")).isVisible();
    }
}
