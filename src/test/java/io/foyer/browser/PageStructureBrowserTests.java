package io.foyer.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.foyer.browser.Steps.button;
import static io.foyer.browser.Steps.field;
import static io.foyer.browser.Steps.heading;
import static io.foyer.browser.Steps.link;
import static io.foyer.browser.Steps.mainNavigation;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.foyer.account.Permission;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main pages have the structure assistive technology relies on: one main landmark, one
 * level-1 heading, a banner and a footer, and a name for every control. Also leaves screenshots of
 * the dashboard and the user management page in {@code target/screenshots/} for a human look.
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
class PageStructureBrowserTests {

    /** A control in Playwright's ARIA snapshot without a quoted name after its role. */
    private static final Pattern UNNAMED_CONTROL = Pattern.compile(
            "(?m)^\\s*- (textbox|checkbox|radio|combobox|button|link|listbox|spinbutton)( \\[[^\\]]*\\])?:?$");

    @Autowired
    Fixtures fixtures;

    @Test
    void pagesOfAnAccountAreWellStructured(Page page) {
        var owner = fixtures.owner("browser-structure");
        fixtures.member(owner.account(), "browser-structure-member", EnumSet.of(Permission.BILLING));

        Steps.logIn(page, owner.email(), Fixtures.PASSWORD);
        assertThat(heading(page)).hasText(owner.account().displayName());
        assertWellStructured(page);
        Browsing.screenshot(page, "dashboard");

        link(mainNavigation(page), "User management").click();
        field(page, "Email").fill(Fixtures.uniqueEmail("browser-structure-pending"));
        button(page, "Send invitation").click();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Pending invitations")))
                .isVisible();
        assertWellStructured(page);
        assertThat(page.getByRole(
                        AriaRole.TABLE, new Page.GetByRoleOptions().setName("Users with access to this account")))
                .isVisible();
        Browsing.screenshot(page, "members");

        fixtures.contact(owner.account().id(), "Casey Contact");
        link(mainNavigation(page), "Contacts").click();
        assertWellStructured(page);
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Contacts")))
                .containsText("Casey Contact");
        for (String other : List.of("Settings", "API tokens")) {
            link(mainNavigation(page), other).click();
            assertThat(heading(page)).hasText(other);
            assertWellStructured(page);
        }
    }

    @Test
    void pagesBeforeLoginAreWellStructured(Page page) {
        for (String path : List.of("/login", "/signup", "/password/forgot")) {
            page.navigate(path);
            assertWellStructured(page);
        }
    }

    static void assertWellStructured(Page page) {
        assertThat(page.getByRole(AriaRole.MAIN)).hasCount(1);
        assertThat(page.getByRole(AriaRole.BANNER)).hasCount(1);
        assertThat(page.getByRole(AriaRole.CONTENTINFO)).hasCount(1);
        assertThat(heading(page)).hasCount(1);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(link(page, "Skip to content")).hasAttribute("href", "#main");
        String snapshot = page.locator("body").ariaSnapshot();
        org.assertj.core.api.Assertions.assertThat(
                        UNNAMED_CONTROL.matcher(snapshot).find())
                .as("a control without a name on %s:%n%s", page.url(), snapshot)
                .isFalse();
    }
}
