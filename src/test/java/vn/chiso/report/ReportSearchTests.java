package vn.chiso.report;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.shared.TextQuery;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL matches reports through the full-text index of V15, never by reading every row. */
@ChisoTest
@Transactional
class ReportSearchTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reportsAreMatchedThroughTheirIndex() {
        // on the small demo table a sequential scan is cheaper: forbid it to see whether the index can serve
        jdbc.execute("set local enable_seqscan = off");
        List<String> plan = JdbcClient.create(jdbc).sql("explain " + ReportRepository.MATCHING_SQL)
                .param("query", TextQuery.of("1876").tsquery()).param("status", null).param("unit", null)
                .param("limit", 20).query(String.class).list();
        assertThat(String.join("\n", plan)).contains("Bitmap Index Scan on ix_progress_report_search");
    }
}
