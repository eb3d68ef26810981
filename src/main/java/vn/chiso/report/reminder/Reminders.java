package vn.chiso.report.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.mail.Mailer;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.report.timeliness.ReportingTimeliness;
import vn.chiso.report.timeliness.UnitStatus;
import vn.chiso.user.UserService;

/**
 * E-mails to the officers of units that have not submitted a report: scheduled ones on the configured days around
 * each deadline (once per unit and event, however often the job runs), and those a coordinator sends at once.
 */
@Service
@Transactional
public class Reminders {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReminderProperties properties;
    private final ReportingPeriods periods;
    private final ReportingTimeliness timeliness;
    private final PlanService plans;
    private final UserService users;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ReminderRepository reminders;
    private final Clock clock;

    Reminders(ReminderProperties properties, ReportingPeriods periods, ReportingTimeliness timeliness,
            PlanService plans, UserService users, Mailer mailer, MessageSource messages,
            ReminderRepository reminders, Clock clock) {
        this.properties = properties;
        this.periods = periods;
        this.timeliness = timeliness;
        this.plans = plans;
        this.users = users;
        this.mailer = mailer;
        this.messages = messages;
        this.reminders = reminders;
        this.clock = clock;
    }

    /**
     * The reminders due today, or yesterday when the job could not run then, for periods of plans in force; returns
     * how many units were reminded.
     */
    public int sendScheduled(LocalDate today) {
        IntSummaryStatistics offsets = properties.offsets().stream().mapToInt(Integer::intValue).summaryStatistics();
        if (offsets.getCount() == 0) {
            return 0;
        }
        List<Long> periodIds = reminders.periodsInForceDueBetween(today.minusDays(offsets.getMax() + 1L),
                today.minusDays(offsets.getMin()));
        int reminded = 0;
        for (long periodId : periodIds) {
            ReportingPeriodView period = periods.get(periodId);
            for (int offset : properties.offsets()) {
                LocalDate eventDay = period.deadline().plusDays(offset);
                if (eventDay.equals(today) || eventDay.equals(today.minusDays(1))) {
                    reminded += remindScheduled(period, offset);
                }
            }
        }
        return reminded;
    }

    /**
     * Reminds the given units now, or every unit that has not submitted when none is given. A unit none of whose
     * officers has an e-mail address cannot be reminded: it is neither mailed nor marked as reminded, and is named in
     * the result so that the coordinator can reach it another way.
     */
    public Reminded remindNow(ReportingPeriodView period, Collection<Long> unitIds, String actor) {
        List<UnitStatus> due = unsent(period).stream()
                .filter(status -> unitIds.isEmpty() || unitIds.contains(status.unit().id())).toList();
        Map<Long, List<String>> emails = users.officerEmails(due.stream().map(status -> status.unit().id()).toList());
        PlanView plan = plans.get(period.planId());
        int mailed = 0;
        List<String> unreachable = new ArrayList<>();
        for (UnitStatus status : due) {
            List<String> recipients = emails.getOrDefault(status.unit().id(), List.of());
            if (recipients.isEmpty()) {
                unreachable.add(status.unit().name());
                continue;
            }
            reminders.addSentBy(period.id(), status.unit().id(), actor, recipients.size(), clock.instant());
            mail(plan, period, status, recipients);
            mailed++;
        }
        return new Reminded(mailed, unreachable);
    }

    /** What a reminder at once did: how many units were mailed, and the units no officer of which has an address. */
    public record Reminded(int mailed, List<String> unreachable) {
    }

    private int remindScheduled(ReportingPeriodView period, int offset) {
        List<UnitStatus> due = unsent(period);
        Map<Long, List<String>> emails = users.officerEmails(due.stream().map(status -> status.unit().id()).toList());
        PlanView plan = plans.get(period.planId());
        int sent = 0;
        for (UnitStatus status : due) {
            List<String> recipients = emails.getOrDefault(status.unit().id(), List.of());
            if (recipients.isEmpty()) {
                // nobody to write to: not a reminder, and tried again the next day in case an address was added
                continue;
            }
            // recorded first, once: a second run records nothing and mails nothing
            if (reminders.addScheduled(period.id(), status.unit().id(), offset, recipients.size(), clock.instant())) {
                mail(plan, period, status, recipients);
                sent++;
            }
        }
        return sent;
    }

    private List<UnitStatus> unsent(ReportingPeriodView period) {
        return timeliness.of(period).units().stream().filter(status -> status.state().unsent()).toList();
    }

    private void mail(PlanView plan, ReportingPeriodView period, UnitStatus status, List<String> recipients) {
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), period.deadline());
        String when = days >= 0
                ? messages.getMessage("report.reminder.daysLeft", new Object[] {days}, VIETNAMESE)
                : messages.getMessage("report.reminder.daysLate", new Object[] {-days}, VIETNAMESE);
        String subject = messages.getMessage("report.reminder.subject",
                new Object[] {period.label(), plan.number(), DATE.format(period.deadline())}, VIETNAMESE);
        String body = messages.getMessage("report.reminder.body", new Object[] {status.unit().name(), period.label(),
                plan.number(), plan.title(), DATE.format(period.deadline()), when,
                properties.baseUrl() + "/units/" + status.unit().id() + "/reports"}, VIETNAMESE);
        mailer.send(recipients, subject, body);
    }
}
