package vn.chiso.plan;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.shared.TextQuery;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL matches plans and tasks through the full-text indexes of V15, never by reading every row. */
@ChisoTest
@Transactional
class PlanSearchTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient client;

    @Test
    void plansAndTasksAreMatchedThroughTheirIndexes() {
        // on the small demo tables reading every row, or every task of each plan, is cheaper: forbid both to see
        // whether the full-text indexes can serve the queries
        jdbc.execute("set local enable_seqscan = off");
        jdbc.execute("set local enable_indexscan = off");
        String query = TextQuery.of("ke hoach 6025").tsquery();
        assertThat(plan(SearchRepository.PLANS, query)).contains("Bitmap Index Scan on ix_plan_search");
        assertThat(plan(SearchRepository.TASKS, query)).contains("Bitmap Index Scan on ix_task_search");
    }

    @Test
    void eachRoleFindsThePlansItMayOpen() {
        assertThat(PlanSearch.readableBy(vn.chiso.user.Role.COORDINATOR)).containsExactlyInAnyOrder(PlanStatus.values());
        assertThat(PlanSearch.readableBy(vn.chiso.user.Role.LEADER))
                .containsExactlyInAnyOrder(PlanStatus.IN_FORCE, PlanStatus.CLOSED);
        assertThat(PlanSearch.readableBy(vn.chiso.user.Role.OFFICER))
                .containsExactlyInAnyOrder(PlanStatus.IN_FORCE, PlanStatus.CLOSED);
        assertThat(PlanSearch.readableBy(vn.chiso.user.Role.ADMIN)).isEmpty();
    }

    private String plan(String sql, String query) {
        List<String> lines = client.sql("explain " + sql).param("query", query)
                .param("statuses", "DRAFT,IN_FORCE,CLOSED").param("limit", 20).query(String.class).list();
        return String.join("\n", lines);
    }
}
