package vn.chiso.report.reminder;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every day, the scheduled reminders of that day; one instance runs it however many are deployed. */
@Component
public class ReminderJob {

    private final Reminders reminders;
    private final Clock clock;

    ReminderJob(Reminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${chiso.reminders.cron}", zone = "${chiso.time-zone}")
    @SchedulerLock(name = "progress-report-reminders", lockAtLeastFor = "PT1M")
    public void run() {
        reminders.sendScheduled(LocalDate.now(clock));
    }
}
