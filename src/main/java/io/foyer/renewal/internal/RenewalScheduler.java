package io.foyer.renewal.internal;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.foyer.shared.db.RecurringTaskScheduler;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the billing run on its schedule through db-scheduler, on the table {@code
 * renewal_scheduled_tasks}: one node runs it at a time.
 */
@Configuration(proxyBeanMethods = false)
class RenewalScheduler {

    static final String TASK = "billing-run";

    @Bean
    RecurringTaskScheduler billingRunSchedule(
            DataSource dataSource, BillingRun billingRun, @Value("${foyer.renewal.run-cron:0 0 2 * * *}") String cron) {
        return new RecurringTaskScheduler(
                dataSource,
                "renewal_scheduled_tasks",
                Tasks.recurring(TASK, Schedules.cron(cron))
                        .execute((instance, context) -> billingRun.run("SCHEDULE", null)),
                Duration.ofSeconds(30));
    }
}
