package vn.chiso.assessment.round;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;

/** The units taking part in each round: their assessments as rows, counted by kind and by year. */
@Repository
class EnrolmentRepository {

    /** A draft the unit has not touched: no score, no explanation, no evidence. */
    private static final String UNTOUCHED = """
            a.status = 'DRAFT'
            and not exists (select 1 from assessment_score s where s.assessment_id = a.id
                            and (s.self_score is not null or btrim(coalesce(s.explanation, '')) <> ''))
            and not exists (select 1 from assessment_evidence e where e.assessment_id = a.id)
            """;

    private final JdbcClient jdbc;

    EnrolmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> enrolledUnits(int year) {
        return new HashSet<>(jdbc.sql("select unit_id from assessment where year = :year").param("year", year)
                .query(Long.class).list());
    }

    /** A draft for each unit on its set, the unit at index i on the set at index i; how many were new. */
    int enrol(int year, List<Long> unitIds, List<Long> setIds, String by, Instant at) {
        return jdbc.sql("""
                insert into assessment (year, unit_id, set_id, status, updated_by, updated_at)
                select :year, enrolled.unit_id, enrolled.set_id, 'DRAFT', :by, :at
                from unnest(cast(:units as bigint[]), cast(:sets as bigint[])) as enrolled (unit_id, set_id)
                on conflict (year, unit_id) do nothing
                """).param("year", year).param("by", by).param("at", Timestamp.from(at))
                .param("units", unitIds.toArray(Long[]::new)).param("sets", setIds.toArray(Long[]::new)).update();
    }

    /** Removes the unit's assessment when it has not begun; whether it did. */
    boolean withdrawUntouched(int year, long unitId) {
        return jdbc.sql("delete from assessment a where a.year = :year and a.unit_id = :unit and " + UNTOUCHED)
                .param("year", year).param("unit", unitId).update() > 0;
    }

    boolean enrolled(int year, long unitId) {
        return jdbc.sql("select exists (select 1 from assessment where year = :year and unit_id = :unit)")
                .param("year", year).param("unit", unitId).query(Boolean.class).single();
    }

    /** For each kind with enrolled units: how many, and how many are final. */
    List<KindCount> byKind(int year) {
        return jdbc.sql("""
                select cs.kind, count(*) as enrolled, count(*) filter (where a.status = 'FINAL') as finals
                from assessment a join criteria_set cs on cs.id = a.set_id
                where a.year = :year group by cs.kind
                """).param("year", year).query(KindCount.class).list();
    }

    /** The enrolled units that have not begun, by name. */
    List<Enrolment.EnrolledUnit> untouched(int year) {
        return jdbc.sql("select a.unit_id, u.code, u.name from assessment a join published_unit u on u.id = a.unit_id"
                + " where a.year = :year and " + UNTOUCHED + " order by u.name, u.id").param("year", year)
                .query(Enrolment.EnrolledUnit.class).list();
    }

    /** For each year with assessments: how many units take part, have submitted at least once, are final. */
    List<YearCount> byYear() {
        return jdbc.sql("""
                select year, count(*) as enrolled, count(submitted_at) as submitted,
                    count(*) filter (where status = 'FINAL') as finals
                from assessment group by year
                """).query(YearCount.class).list();
    }

    /** The years a unit has an assessment, the latest first. */
    List<Rounds.UnitRound> ofUnit(long unitId) {
        return jdbc.sql("""
                select a.year, a.status, y.published_at is not null as published
                from assessment a join assessment_year y on y.year = a.year
                where a.unit_id = :unit order by a.year desc
                """).param("unit", unitId).query(Rounds.UnitRound.class).list();
    }

    record KindCount(AssessedKind kind, int enrolled, int finals) {
    }

    record YearCount(int year, int enrolled, int submitted, int finals) {
    }
}
