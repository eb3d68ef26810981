package vn.chiso.user;

/** An active account that is told about something: by a notice in the application, and by mail when it has an address. */
public record Recipient(long id, String fullName, String email) {
}
