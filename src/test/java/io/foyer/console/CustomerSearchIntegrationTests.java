package io.foyer.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Permission;
import io.foyer.identity.StaffRole;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CustomerSearchIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    WebClient web;

    @BeforeEach
    void signIn() {
        web = ConsoleSessions.staff(port, fixtures.staff(StaffRole.BILLING));
    }

    @Test
    void findsACustomerByCustomerNumber() {
        var owner = fixtures.owner("bynumber");
        long number = owner.account().customerNumber();
        String page = search(String.valueOf(number));
        assertThat(page)
                .contains("<table")
                .contains("<a href=\"/console/accounts/" + number + "\">" + number + "</a>")
                .contains("Owner bynumber");
    }

    @Test
    void findsACustomerByContactNameCaseInsensitively() {
        String name = "Searchname" + System.nanoTime();
        var owner = fixtures.owner(name);
        String page = search(name.toUpperCase());
        assertThat(page)
                .contains("One customer found")
                .contains("href=\"/console/accounts/" + owner.account().customerNumber() + "\"");
    }

    @Test
    void findsACustomerByTheEmailOfAnyUser() {
        var owner = fixtures.owner("byemail");
        var member = fixtures.member(owner.account(), "searchmember", Set.of(Permission.BILLING));
        String link = "href=\"/console/accounts/" + owner.account().customerNumber() + "\"";
        assertThat(search(owner.email())).contains(link);
        assertThat(search(member.email())).contains(link);
    }

    @Test
    void anEmptyQueryShowsOnlyTheFormAndAHint() {
        for (String path : new String[] {"/console", "/console?q=", "/console?q=++"}) {
            String page = web.get(path).body();
            assertThat(page)
                    .as(path)
                    .contains("<label class=\"form-label\" for=\"q\">Search customers</label>")
                    .contains("name=\"q\"")
                    .contains(">Search</button>")
                    .contains("id=\"q-hint\"")
                    .doesNotContain("<table")
                    .doesNotContain("No customers found");
        }
    }

    @Test
    void noMatchSaysSo() {
        String page = search("no-such-customer-" + System.nanoTime());
        assertThat(page).contains("No customers found").doesNotContain("<table");
    }

    @Test
    void searchTextIsEscaped() {
        String page = search("<script>x</script>");
        assertThat(page).doesNotContain("<script>x</script>").contains("&lt;script&gt;");
    }

    private String search(String text) {
        var response = web.get("/console?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }
}
