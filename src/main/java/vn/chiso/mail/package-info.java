/**
 * Outgoing e-mail: every mail the application sends is kept in an outbox that coordinators can read, and delivered
 * over SMTP only where a mail server is configured.
 * Persistence: JdbcClient in {@code MailOutbox}: a mail is one insert and one update after its delivery, the outbox
 * page one query; there is nothing to map beyond a row.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = {})
package vn.chiso.mail;

import org.springframework.modulith.ApplicationModule;
