package vn.chiso.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans and their indices ({@code plan_index}), written together. */
@Repository
class PlanRepository {

    private static final String SELECT = """
            select p.*, parent.number as parent_number,
                   array(select i.index_code from plan_index i where i.plan_id = p.id) as index_codes
            from plan p left join plan parent on parent.id = p.parent_id
            """;

    private static final RowMapper<PlanView> VIEW = PlanRepository::view;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PlanRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Every plan, latest issued first. */
    List<PlanView> all() {
        return jdbc.sql(SELECT + " order by p.issue_date desc, p.id desc").query(VIEW).list();
    }

    Optional<PlanView> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(VIEW).optional();
    }

    /** Whether another plan than {@code id} (null: any plan) has this number, whatever its case. */
    boolean numberTaken(String number, Long id) {
        return jdbc.sql("select exists (select 1 from plan where lower(number) = lower(:number)"
                        + " and (cast(:id as bigint) is null or id <> :id))")
                .param("number", number).param("id", id).query(Boolean.class).single();
    }

    /** How many targets and task deadlines of a plan fall outside these years. */
    int outside(long id, int firstYear, int lastYear) {
        return jdbc.sql("""
                select (select count(*) from plan_target where plan_id = :id
                        and (first_year < :first or last_year > :last))
                     + (select count(*) from task where plan_id = :id
                        and (extract(year from deadline) < :first or extract(year from deadline) > :last))
                """).param("id", id).param("first", firstYear).param("last", lastYear).query(Integer.class).single();
    }

    long insert(Plan plan) {
        long id = jdbc.sql("""
                insert into plan (number, issue_date, issuer, title, first_year, last_year, parent_id, legal_basis,
                                  purpose, status)
                values (:number, :issueDate, :issuer, :title, :firstYear, :lastYear, :parentId, :legalBasis,
                        :purpose, :status)
                returning id
                """).params(columns(plan)).query(Long.class).single();
        insertIndices(id, plan.indexCodes());
        return id;
    }

    /** Writes a plan over the version it was read at; false when it has changed since. */
    boolean update(long id, int version, Plan plan) {
        int updated = jdbc.sql("""
                update plan set number = :number, issue_date = :issueDate, issuer = :issuer, title = :title,
                    first_year = :firstYear, last_year = :lastYear, parent_id = :parentId,
                    legal_basis = :legalBasis, purpose = :purpose, status = :status, version = version + 1
                where id = :id and version = :version
                """).params(columns(plan)).param("id", id).param("version", version).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from plan_index where plan_id = :id").param("id", id).update();
        insertIndices(id, plan.indexCodes());
        return true;
    }

    private static Map<String, Object> columns(Plan plan) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("number", plan.number());
        columns.put("issueDate", plan.issueDate());
        columns.put("issuer", plan.issuer());
        columns.put("title", plan.title());
        columns.put("firstYear", plan.firstYear());
        columns.put("lastYear", plan.lastYear());
        columns.put("parentId", plan.parentId());
        columns.put("legalBasis", plan.legalBasis());
        columns.put("purpose", plan.purpose());
        columns.put("status", plan.status().name());
        return columns;
    }

    private void insertIndices(long id, List<String> codes) {
        batch.batchUpdate("insert into plan_index (plan_id, index_code) values (?, ?)", codes, codes.size(),
                (statement, code) -> {
                    statement.setLong(1, id);
                    statement.setString(2, code);
                });
    }

    private static PlanView view(ResultSet row, int n) throws SQLException {
        Array codes = row.getArray("index_codes");
        return new PlanView(row.getLong("id"), row.getString("number"), row.getObject("issue_date", LocalDate.class),
                row.getString("issuer"), row.getString("title"), row.getInt("first_year"), row.getInt("last_year"),
                Set.of((String[]) codes.getArray()), (Long) row.getObject("parent_id"), row.getString("parent_number"),
                row.getString("legal_basis"), row.getString("purpose"), PlanStatus.valueOf(row.getString("status")),
                row.getInt("version"));
    }
}
