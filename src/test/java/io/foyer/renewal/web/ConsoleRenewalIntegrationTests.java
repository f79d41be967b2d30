package io.foyer.renewal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.identity.StaffRole;
import io.foyer.renewal.internal.RenewalSettings;
import io.foyer.renewal.internal.RunRecords;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ConsoleRenewalIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RunRecords runs;

    @Autowired
    RenewalSettings settings;

    @Autowired
    JdbcClient jdbc;

    WebClient signedIn(StaffRole role) {
        WebClient web = new WebClient(port);
        web.postForm("/console/login", "email", fixtures.staff(role), "password", Fixtures.PASSWORD);
        return web;
    }

    @Test
    void billingStaffStartARunAndFollowItsProgressAndFigures() throws InterruptedException {
        WebClient billing = signedIn(StaffRole.BILLING);
        assertThat(billing.get("/console/renewals").body()).contains("Start a billing run now");

        String location = billing.postForm("/console/renewals/start").redirect();
        assertThat(location).matches(".*/console/renewals/\\d+$");
        long id = Long.parseLong(location.replaceAll(".*/", ""));
        WebClient.Response page = billing.get("/console/renewals/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Billing run " + id, "role=\"progressbar\"", "Services examined");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (runs.find(id).orElseThrow().running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        RunRecords.Run run = runs.find(id).orElseThrow();
        assertThat(run.status()).isEqualTo("DONE");
        assertThat(run.trigger()).startsWith("STAFF ");
        // A finished run's progress block no longer polls.
        WebClient.Response progress = billing.get("/console/renewals/" + id + "/progress");
        assertThat(progress.body()).contains("aria-valuenow=\"100\"").doesNotContain("hx-get");
        assertThat(billing.get("/console/renewals").body()).contains("/console/renewals/" + id);
        assertThat(billing.get("/console/renewals/999999999").status()).isEqualTo(404);
    }

    @Test
    void onlyAdminsChangeTheSettingsAndBadInputComesBackNextToItsField() {
        assertThat(signedIn(StaffRole.SUPPORT).get("/console/renewals").status())
                .isEqualTo(403);
        assertThat(signedIn(StaffRole.BILLING).get("/console/renewals/settings").status())
                .isEqualTo(403);

        WebClient admin = signedIn(StaffRole.ADMIN);
        RenewalSettings.Values before = settings.current();
        try {
            assertThat(admin.get("/console/renewals/settings").body()).contains("value=\"-3,0,7\"");
            WebClient.Response bad = admin.postForm(
                    "/console/renewals/settings",
                    "leadDays",
                    "abc",
                    "reminderDays",
                    "-3, soon",
                    "graceDays",
                    "10",
                    "terminationDays",
                    "5");
            // The entries come back as typed.
            assertThat(bad.body()).contains("value=\"abc\"", "value=\"-3, soon\"");
            assertThat(bad.status()).isEqualTo(200);
            assertThat(bad.body())
                    .contains(
                            "Enter whole numbers in the allowed range.",
                            "Enter whole numbers between -60 and 365",
                            "Termination must not come before suspension.");
            assertThat(settings.current()).isEqualTo(before);

            assertThat(admin.postForm(
                                    "/console/renewals/settings",
                                    "leadDays",
                                    "10",
                                    "reminderDays",
                                    "7, -5, 0",
                                    "graceDays",
                                    "5",
                                    "terminationDays",
                                    "20")
                            .redirect())
                    .endsWith("/console/renewals/settings");
            assertThat(settings.current()).isEqualTo(new RenewalSettings.Values(10, List.of(-5, 0, 7), 5, 20));
        } finally {
            settings.save(before);
        }
    }

    @Test
    void theScheduleIsKeptInDbSchedulersTable() {
        assertThat(jdbc.sql("select count(*) from renewal_scheduled_tasks where task_name = 'billing-run'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
