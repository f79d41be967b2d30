package io.foyer.support.internal;

import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.foyer.shared.db.RecurringTaskScheduler;
import io.foyer.support.SupportMailIn;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the support mailbox every {@code poll-interval} through db-scheduler, on the table {@code
 * support_scheduled_tasks}: only the node that picks the task's row reads the mailbox, so nodes
 * never read it at the same time. Nothing is scheduled while no mailbox is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailInSettings.class)
class MailInScheduler {

    static final String TASK = "support-mail-in";

    @Bean
    RecurringTaskScheduler supportMailInSchedule(DataSource dataSource, MailInSettings settings, SupportMailIn mailIn) {
        if (!settings.enabled()) {
            return new RecurringTaskScheduler(dataSource, "support_scheduled_tasks", null, Duration.ofSeconds(30));
        }
        if (settings.replyAddressFor("token").isEmpty()) {
            LoggerFactory.getLogger(MailInScheduler.class)
                    .warn("foyer.support.mail-in.reply-address is empty or not a plain address (no '+'): staff reply "
                            + "mails get no reply address, and every mail read from the support mailbox is held");
        }
        Duration interval = settings.pollInterval().compareTo(Duration.ofSeconds(5)) < 0
                ? Duration.ofSeconds(5)
                : settings.pollInterval();
        return new RecurringTaskScheduler(
                dataSource,
                "support_scheduled_tasks",
                Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> mailIn.poll()),
                interval.compareTo(Duration.ofSeconds(30)) < 0 ? interval : Duration.ofSeconds(30));
    }
}
