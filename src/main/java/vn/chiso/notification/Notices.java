package vn.chiso.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.NotFoundException;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;
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

    private final NoticeRepository notices;
    private final Clock clock;

    Notices(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** One notice for each recipient, in one statement. */
    void tell(List<Recipient> recipients, Alert alert) {
        notices.insert(recipients, alert, clock.instant());
    }

    /** One notice for every active account of the role, in one statement. */
    void tellEvery(Role role, Alert alert) {
        notices.insertForEvery(role, alert, clock.instant());
    }

    /** The newest unread notices of a person and how many are unread in all, in one statement. */
    @Transactional(readOnly = true)
    public UnreadNotices unread(long recipientId) {
        List<NoticeRepository.UnreadRow> newest = notices.unread(recipientId, NEWEST);
        return new UnreadNotices(newest.stream().map(NoticeRepository.UnreadRow::notice).toList(),
                newest.isEmpty() ? 0 : newest.get(0).total());
    }

    /**
     * Marks the person's notice read and gives the page it leads to.
     *
     * @throws NotFoundException no such notice, or it is someone else's
     */
    public String open(long noticeId, CurrentUser reader) {
        return notices.read(noticeId, reader.id(), clock.instant())
                .orElseThrow(() -> new NotFoundException("Notice", noticeId));
    }

    /** Marks every unread notice of the person read; returns how many. */
    public int readAll(CurrentUser reader) {
        return notices.readAll(reader.id(), clock.instant());
    }
}
