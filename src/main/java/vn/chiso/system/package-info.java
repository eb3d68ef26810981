/**
 * What the application needs to run, and nothing of its features: its own embedded PostgreSQL when no external
 * database is configured, the web set-up (language, static files, upload limits, UTF-8 properties) and the page that
 * answers while it starts.
 */
@ApplicationModule(displayName = "System", allowedDependencies = {"shared"})
package vn.chiso.system;

import org.springframework.modulith.ApplicationModule;
