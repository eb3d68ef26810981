package vn.chiso.notification;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.assessment.AppraisalQueue;
import vn.chiso.report.ReviewQueue;

/** The count of the work queue, from the counts the report and assessment modules lend as SQL. */
@Repository
class QueueRepository {

    /** The reports' and the assessments' counts added up by PostgreSQL, so that every page pays one statement. */
    private static final String COUNT = "select (" + ReviewQueue.WAITING_COUNT_SQL + ") + ("
            + AppraisalQueue.WAITING_COUNT_SQL + ")";

    private final JdbcClient jdbc;

    QueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(ZoneId zone, LocalDate today) {
        return jdbc.sql(COUNT).param("zone", zone.getId()).param("today", today).query(Long.class).single();
    }
}
