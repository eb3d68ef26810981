package vn.chiso.assessment.criteria;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/** Builds criteria sets through {@link CriteriaEditing}, and puts a set in use as a unit beginning would. */
final class CriteriaFixtures {

    static final CurrentUser COORDINATOR =
            new CurrentUser(0, "dieuphoi.thu", "Điều phối viên thử", Role.COORDINATOR, null, null);

    private final CriteriaEditing editing;
    private final JdbcTemplate jdbc;

    CriteriaFixtures(CriteriaEditing editing, JdbcTemplate jdbc) {
        this.editing = editing;
        this.jdbc = jdbc;
    }

    long set(int year, AssessedKind kind) {
        return editing.create(new CriteriaSetForm(year, kind, "Bộ tiêu chí thử năm " + year, new BigDecimal("32")),
                COORDINATOR);
    }

    /** A node named after its code; {@code max} and {@code step} as typed, or {@code null}. */
    long node(long setId, Long parentId, String code, String max, String step) {
        return editing.addNode(setId, form(parentId, code, max, step));
    }

    static CriterionForm form(Long parentId, String code, String max, String step) {
        return new CriterionForm(parentId, code, "Tiêu chí " + code, max == null ? null : new BigDecimal(max),
                step == null ? null : new BigDecimal(step));
    }

    /** A unit begins its assessment of the set's year with this set. */
    void use(long setId, int year, long unitId) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into assessment_year (year, updated_by, updated_at) values (?, 'thu', ?)
                on conflict (year) do nothing
                """, year, now);
        jdbc.update("""
                insert into assessment (year, unit_id, set_id, updated_by, updated_at) values (?, ?, ?, 'thu', ?)
                """, year, unitId, setId, now);
    }
}
