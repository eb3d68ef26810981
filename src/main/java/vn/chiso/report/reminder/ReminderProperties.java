package vn.chiso.report.reminder;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reminders go out: days relative to a period's deadline (negative before it), checked daily by {@code cron};
 * {@code baseUrl} is where the application is reached, for the links in the mails.
 */
@ConfigurationProperties("chiso.reminders")
public record ReminderProperties(List<Integer> offsets, String cron, String baseUrl) {
}
