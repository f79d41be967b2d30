package io.foyer.support.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.foyer.support.SupportMailIn;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the support mailbox every {@code poll-interval} through db-scheduler: its table ({@code
 * support_scheduled_tasks}) holds one row for the recurring task, and only the node that picks the
 * row reads the mailbox, so nodes never read it at the same time. Nothing is scheduled while no
 * mailbox is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailInSettings.class)
class MailInScheduler implements SmartLifecycle {

    static final String TASK = "support-mail-in";

    private final Scheduler scheduler;
    private volatile boolean running;

    MailInScheduler(DataSource dataSource, MailInSettings settings, SupportMailIn mailIn) {
        if (!settings.enabled()) {
            this.scheduler = null;
            return;
        }
        if (settings.replyAddressFor("token").isEmpty()) {
            LoggerFactory.getLogger(MailInScheduler.class)
                    .warn("foyer.support.mail-in.reply-address is empty or not a plain address (no '+'): staff reply "
                            + "mails get no reply address, and every mail read from the support mailbox is held");
        }
        Duration interval = settings.pollInterval().compareTo(Duration.ofSeconds(5)) < 0
                ? Duration.ofSeconds(5)
                : settings.pollInterval();
        RecurringTask<Void> task =
                Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> mailIn.poll());
        this.scheduler = Scheduler.create(dataSource, List.of())
                .tableName("support_scheduled_tasks")
                .startTasks(task)
                .threads(1)
                .pollingInterval(interval.compareTo(Duration.ofSeconds(30)) < 0 ? interval : Duration.ofSeconds(30))
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
