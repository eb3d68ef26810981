package vn.chiso.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.NotFoundException;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Recipient;

/**
 * The notices of each person: written when something is sent to them, unread until they open it. A person reaches
 * only their own: another's notice is not found.
 */
@Service
@Transactional
public class Notices {

    /** How many unread notices a page lists; the rest are counted. */
    static final int NEWEST = 10;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Notices(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One notice for each recipient, in one statement. */
    void tell(List<Recipient> recipients, Alert alert) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                insert into notice (recipient_id, kind, unit_name, plan_number, period_label, year, late, resubmitted,
                    link, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, recipients.stream().map(recipient -> new Object[] {recipient.id(), alert.kind().name(),
                alert.unitName(), alert.planNumber(), alert.periodLabel(), alert.year(), alert.late(),
                alert.resubmitted(), alert.link(), now}).toList());
    }

    /** The newest unread notices of a person and how many are unread in all, in one statement. */
    @Transactional(readOnly = true)
    public UnreadNotices unread(long recipientId) {
        long[] total = {0};
        List<Notice> newest = jdbc.query("""
                select n.*, count(*) over () as total from notice n
                where n.recipient_id = ? and n.read_at is null order by n.id desc limit ?
                """, (row, i) -> {
                    total[0] = row.getLong("total");
                    return new Notice(row.getLong("id"), NoticeKind.valueOf(row.getString("kind")),
                            row.getString("unit_name"), row.getString("plan_number"), row.getString("period_label"),
                            row.getObject("year", Integer.class), row.getBoolean("late"),
                            row.getBoolean("resubmitted"), row.getTimestamp("created_at").toInstant());
                }, recipientId, NEWEST);
        return new UnreadNotices(newest, total[0]);
    }

    /**
     * Marks the person's notice read and gives the page it leads to.
     *
     * @throws NotFoundException no such notice, or it is someone else's
     */
    public String open(long noticeId, CurrentUser reader) {
        return jdbc.query("""
                update notice set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ? returning link
                """, (row, i) -> row.getString("link"), Timestamp.from(clock.instant()), noticeId, reader.id())
                .stream().findFirst().orElseThrow(() -> new NotFoundException("Notice", noticeId));
    }

    /** Marks every unread notice of the person read; returns how many. */
    public int readAll(CurrentUser reader) {
        return jdbc.update("update notice set read_at = ? where recipient_id = ? and read_at is null",
                Timestamp.from(clock.instant()), reader.id());
    }
}
