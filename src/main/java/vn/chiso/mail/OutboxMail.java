package vn.chiso.mail;

import java.time.Instant;

/** One row of the outbox as the outbox page shows it; {@code error} is set only when delivery was tried and failed. */
record OutboxMail(long id, String recipients, String subject, String body, Instant createdAt, boolean delivered,
        String error) {

    /** Kept only: no SMTP server was configured when it was sent. */
    public boolean storedOnly() {
        return !delivered && error == null;
    }
}
