/**
 * The few pieces every feature uses: errors that map to 404 and to field messages, formatting of dates and numbers
 * for the user's language, the clock, and the switch that tells whether demo data belongs in this database.
 * Persistence: none of its own; {@link vn.chiso.shared.Matches} reads the rows of a search statement that a module's
 * repository has written and bound (JdbcClient), so every search box counts its matches the same way.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.chiso.shared;

import org.springframework.modulith.ApplicationModule;
