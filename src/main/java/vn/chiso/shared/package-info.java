/**
 * The few pieces every feature uses: errors that map to 404 and to field messages, formatting of dates and numbers
 * for the user's language, the clock, and the switch that tells whether demo data belongs in this database.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.chiso.shared;

import org.springframework.modulith.ApplicationModule;
