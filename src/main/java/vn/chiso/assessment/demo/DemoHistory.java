package vn.chiso.assessment.demo;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.assessment.AssessedKind;

/**
 * What the services cannot do for the demo: they stamp the moment they run, and the demo's history happened before,
 * so its rounds and assessments are dated back; and enrolment takes only active units, not one merged since.
 */
@Repository
class DemoHistory {

    private final JdbcClient jdbc;

    DemoHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enrols a unit rated in a year when it still existed, on the set of its kind. */
    void enrolMerged(int year, long unitId, AssessedKind kind, String coordinator) {
        jdbc.sql("""
                insert into assessment (year, unit_id, set_id, status, updated_by, updated_at)
                select :year, :unit, id, 'DRAFT', :by, now() from criteria_set where year = :year and kind = :kind
                order by version desc limit 1
                """).param("year", year).param("unit", unitId).param("kind", kind.name()).param("by", coordinator)
                .update();
    }

    /** The round's sets and settings made when it was prepared, its units enrolled when the window opened. */
    void round(int year, Instant prepared, Instant enrolled, Instant published) {
        jdbc.sql("update criteria_set set created_at = :prepared where year = :year")
                .param("prepared", at(prepared)).param("year", year).update();
        jdbc.sql("""
                update assessment_year
                set published_at = :published, updated_at = coalesce(cast(:published as timestamptz), :prepared)
                where year = :year
                """).param("published", at(published)).param("prepared", at(prepared)).param("year", year).update();
        jdbc.sql("update assessment set updated_at = :enrolled where year = :year")
                .param("enrolled", at(enrolled)).param("year", year).update();
    }

    /** A unit's assessment as it stood: sent, returned, answered, closed, last changed at those moments. */
    void assessment(int year, long unitId, Instant sent, Boolean late, Instant returned, Instant responded,
            Instant finalized, Instant updated) {
        jdbc.sql("""
                update assessment set submitted_at = :sent, late = :late, returned_at = :returned,
                    responded_at = :responded, finalized_at = :finalized, updated_at = :updated
                where year = :year and unit_id = :unit
                """).param("sent", at(sent)).param("late", late).param("returned", at(returned))
                .param("responded", at(responded)).param("finalized", at(finalized)).param("updated", at(updated))
                .param("year", year).param("unit", unitId).update();
    }

    private static Timestamp at(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
