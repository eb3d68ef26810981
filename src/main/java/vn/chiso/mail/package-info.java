/**
 * Outgoing e-mail: every mail the application sends is kept in an outbox that coordinators can read, and delivered
 * over SMTP only where a mail server is configured.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = {})
package vn.chiso.mail;

import org.springframework.modulith.ApplicationModule;
