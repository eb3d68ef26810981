package vn.chiso.plan.section;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans' headings and paragraphs. */
@Repository
class SectionRepository {

    private final JdbcClient jdbc;

    SectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SectionView> ofPlan(long planId) {
        return jdbc.sql("select * from plan_section where plan_id = :planId").param("planId", planId)
                .query(SectionView.class).list();
    }

    Optional<SectionView> find(long id) {
        return jdbc.sql("select * from plan_section where id = :id").param("id", id).query(SectionView.class)
                .optional();
    }

    /** Whether another section than {@code id} (null: any) of the plan has this number, whatever its case. */
    boolean numberTaken(long planId, String number, Long id) {
        return jdbc.sql("""
                select exists (select 1 from plan_section where plan_id = :planId and lower(number) = lower(:number)
                               and (cast(:id as bigint) is null or id <> :id))
                """).param("planId", planId).param("number", number).param("id", id).query(Boolean.class).single();
    }

    long insert(long planId, PlanSection section) {
        return jdbc.sql("insert into plan_section (plan_id, number, heading, body)"
                        + " values (:planId, :number, :heading, :body) returning id")
                .param("planId", planId).param("number", section.number()).param("heading", section.heading())
                .param("body", section.body()).query(Long.class).single();
    }

    /** Writes a section over the version it was read at; false when it has changed since. */
    boolean update(long id, int version, PlanSection section) {
        return jdbc.sql("""
                update plan_section set number = :number, heading = :heading, body = :body, version = version + 1
                where id = :id and version = :version
                """).param("number", section.number()).param("heading", section.heading())
                .param("body", section.body()).param("id", id).param("version", version).update() > 0;
    }

    void delete(long id) {
        jdbc.sql("delete from plan_section where id = :id").param("id", id).update();
    }
}
