package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.assertStatus;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.field;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;
import static io.foyer.browser.Steps.mainNavigation;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** An owner invites a sub-user for billing only; the sub-user joins and cannot manage users. */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class InvitationBrowserTests {

    private static final List<String> OTHER_PERMISSIONS =
            List.of("Services", "Domains", "Support tickets", "User management", "Settings");

    @Autowired
    Fixtures fixtures;

    @Test
    void billingOnlySubUserJoinsAndIsKeptOutOfUserManagement(Page owner, Browsing browsing) {
        var account = fixtures.owner("browser-inviter");
        String inviteeEmail = Fixtures.uniqueEmail("browser-invitee");

        Steps.logIn(owner, account.email(), Fixtures.PASSWORD);
        link(mainNavigation(owner), "User management").click();
        assertThat(heading(owner)).hasText("User management");
        field(owner, "Email").fill(inviteeEmail);
        Locator permissions = owner.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Permissions"));
        checkbox(permissions, "Billing").check();
        for (String other : OTHER_PERMISSIONS) {
            assertThat(checkbox(permissions, other)).not().isChecked();
        }
        button(owner, "Send invitation").click();
        assertStatus(owner, "An invitation has been sent to " + inviteeEmail);
        assertThat(owner.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Pending invitations")))
                .containsText(inviteeEmail);

        Page invitee = browsing.newPage();
        invitee.navigate(Browsing.pathOf(fixtures.latestLinkTo(inviteeEmail)));
        assertThat(heading(invitee)).hasText("Invitation");
        assertThat(invitee.getByRole(AriaRole.MAIN)).containsText("Owner browser-inviter");
        field(invitee, "Name").fill("Bea Billing");
        field(invitee, "Password").fill(Fixtures.PASSWORD);
        field(invitee, "Repeat the new password").fill(Fixtures.PASSWORD);
        button(invitee, "Create user and accept").click();
        assertStatus(invitee, "you joined the account");

        Steps.logIn(invitee, inviteeEmail, Fixtures.PASSWORD);
        assertThat(heading(invitee)).hasText(account.account().displayName());
        assertThat(link(mainNavigation(invitee), "Dashboard")).isVisible();
        assertThat(link(mainNavigation(invitee), "User management")).hasCount(0);
        assertThat(link(invitee, "Invite a user")).hasCount(0);

        Response response = invitee.navigate("/accounts/" + account.account().id() + "/members");
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        assertThat(heading(invitee)).hasText("Not allowed");

        // The owner sees the new member with exactly the one permission.
        owner.reload();
        Locator row = owner.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(inviteeEmail));
        assertThat(row).containsText("Bea Billing");
        assertThat(row.getByRole(AriaRole.CELL).nth(2)).hasText("Billing");
    }

    private static Locator checkbox(Locator scope, String name) {
        return scope.getByRole(
                AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
