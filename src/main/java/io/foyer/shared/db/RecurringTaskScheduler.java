package io.foyer.shared.db;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;

/**
 * One recurring task run through db-scheduler over a table of its module's own (db-scheduler's
 * PostgreSQL schema under the module's prefix): the table holds one row for the task, and only the
 * node that picks that row runs it; a node that dies while running it loses the row after its
 * heartbeats stop. Started and stopped with the application context. Built here rather than by
 * db-scheduler's Spring Boot starter, whose auto-configuration targets Spring Boot 3.
 */
public final class RecurringTaskScheduler implements SmartLifecycle {

    /** Null when there is nothing to run (the feature is not configured). */
    private final Scheduler scheduler;

    private volatile boolean running;

    /**
     * @param table the module's task table
     * @param task the task, or null when there is nothing to run
     * @param pollingInterval how often the table is looked at for a due task
     */
    public RecurringTaskScheduler(
            DataSource dataSource, String table, RecurringTask<Void> task, Duration pollingInterval) {
        this.scheduler = task == null
                ? null
                : Scheduler.create(dataSource, List.of())
                        .tableName(table)
                        .startTasks(task)
                        .threads(1)
                        .pollingInterval(pollingInterval)
                        .build();
    }

    @Override
    public void start() {
        if (scheduler != null) {
            scheduler.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
