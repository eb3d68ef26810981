package vn.chiso.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.dashboard.TenfoldData;
import vn.chiso.unit.UnitService;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * A search sends one statement per kind the reader may find, on ten times the demo data as on the demo data, however
 * many rows match ("thu" matches every plan, task and unit the tenfold data adds). Rolled back.
 */
@ChisoTest
@Transactional
class SearchStatementsTests {

    private static final List<String> QUERIES = List.of("thu", "ke hoach 6025", "tu phap", "1876", "bc tf",
            "dong gop tu nguyen");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    TenfoldData tenfold;

    @Autowired
    UnitService units;

    @Test
    void statementsStayTheSameWhenTheDataGrowsTenfold() {
        Map<String, UserRow> readers = Map.of("coordinator", data.account(Role.COORDINATOR),
                "leader", data.account(Role.LEADER),
                "officer", data.account(Role.OFFICER, units.findByCode("STC").orElseThrow().id()),
                "admin", data.account(Role.ADMIN));
        // the results page without a query: each reader's own statements (their session, a coordinator's queue count
        // in the menu), no search
        Map<String, Long> baseline = new LinkedHashMap<>();
        readers.forEach((name, reader) -> baseline.put(name, statements("/search?q=a", reader)));
        Map<String, Long> before = counts(readers);

        tenfold.grow();

        Map<String, Long> after = counts(readers);
        System.out.println("Search statements, demo data → ten times the data: " + after);
        assertThat(after).isEqualTo(before);
        // one per kind: plans, tasks, units and reports; an administrator finds units only, and so does one kind
        before.forEach((key, count) -> assertThat(count - baseline.get(key.substring(0, key.indexOf(' ')))).as(key)
                .isEqualTo(key.startsWith("admin") || key.endsWith("UNITS") ? 1 : 4));
    }

    private Map<String, Long> counts(Map<String, UserRow> readers) {
        Map<String, Long> counts = new LinkedHashMap<>();
        readers.forEach((name, reader) -> QUERIES.forEach(q -> counts.put(name + " " + q,
                statements("/search?q=" + q.replace(' ', '+'), reader))));
        readers.forEach((name, reader) -> counts.put(name + " thu UNITS",
                statements("/search?q=thu&kind=UNITS", reader)));
        return counts;
    }

    private long statements(String uri, UserRow reader) {
        SqlStatements.reset();
        assertThat(mvc.get().uri(uri).with(as(reader)).exchange()).as(uri).hasStatusOk();
        return SqlStatements.count();
    }
}
