/**
 * What the application needs to run: its own embedded PostgreSQL when no external database is configured, the web
 * set-up (language, static files) and the home page each role lands on.
 */
@ApplicationModule(displayName = "System")
package vn.chiso.system;

import org.springframework.modulith.ApplicationModule;
