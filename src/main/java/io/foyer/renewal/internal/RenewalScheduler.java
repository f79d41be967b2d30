package io.foyer.renewal.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the billing run on its schedule through db-scheduler: its table ({@code
 * renewal_scheduled_tasks}) holds one row for the recurring task, and only the node that picks
 * that row runs it; a node that dies while running it loses the row after its heartbeats stop.
 * Configured here rather than by db-scheduler's Spring Boot starter, whose auto-configuration
 * targets Spring Boot 3.
 */
@Component
class RenewalScheduler implements SmartLifecycle {

    static final String TASK = "billing-run";

    private final Scheduler scheduler;
    private volatile boolean running;

    RenewalScheduler(
            DataSource dataSource, BillingRun billingRun, @Value("${foyer.renewal.run-cron:0 0 2 * * *}") String cron) {
        RecurringTask<Void> task = Tasks.recurring(TASK, Schedules.cron(cron))
                .execute((instance, context) -> billingRun.run("SCHEDULE", null));
        this.scheduler = Scheduler.create(dataSource, List.of())
                .tableName("renewal_scheduled_tasks")
                .startTasks(task)
                .threads(1)
                .pollingInterval(Duration.ofSeconds(30))
                .build();
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
