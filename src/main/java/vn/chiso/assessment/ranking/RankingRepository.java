package vn.chiso.assessment.ranking;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the ranking needs of the assessments beyond their summaries. */
@Repository
class RankingRepository {

    private final JdbcClient jdbc;

    RankingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest year with at least one final assessment. */
    Optional<Integer> latestRankedYear() {
        return jdbc.sql("select max(year) from assessment where status = 'FINAL'").query(Integer.class).optional();
    }
}
