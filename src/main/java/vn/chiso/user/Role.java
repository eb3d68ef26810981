package vn.chiso.user;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The four roles of the design: what a person may see and change follows from this alone. */
public enum Role {
    /** Runs the installation: users, units, reference data. */
    ADMIN,
    /** Staff of Sở Nội vụ: plans, targets, tasks, results, review of reports. */
    COORDINATOR,
    /** An officer of one unit: that unit's tasks and reports only. */
    OFFICER,
    /** Provincial leadership: reads everything that is published, changes nothing. */
    LEADER;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    public String messageKey() {
        return "role." + name();
    }
}
