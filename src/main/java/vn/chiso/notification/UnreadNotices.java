package vn.chiso.notification;

import java.util.List;

/**
 * A person's unread notices: the newest of them, and how many there are in all.
 */
public record UnreadNotices(List<Notice> newest, long total) {

    public boolean isEmpty() {
        return total == 0;
    }
}
