package vn.chiso.index.result;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.importing.ImportForm;
import vn.chiso.index.importing.ResultImports;
import vn.chiso.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The province's own figures typed in, alone or into a year's full table. Each test has a year of its own. */
@ChisoTest
class ManualEntriesTests {

    @Autowired
    ManualEntries entries;

    @Autowired
    IndexCatalogue catalogue;

    @Autowired
    ResultQueries results;

    @Autowired
    ResultImports imports;

    @Test
    void theProvincesFiguresAloneAreKeptAsTypedWithoutAverages() {
        Catalogue par = catalogue.catalogue("PAR_INDEX");
        entries.save("PAR_INDEX", 2009, form(par, 63, "PAR_INDEX", "86.19", 25), "tester");

        TreeYear tree = results.tree(par, 2009).orElseThrow();
        assertThat(tree.complete()).isFalse();
        TreeRow aggregate = tree.rows().get(0);
        assertThat(aggregate.ours().score()).isEqualByComparingTo("86.19");
        assertThat(aggregate.ours().rank()).isEqualTo(25);
        assertThat(aggregate.ours().rankPublished()).isTrue();
        assertThat(aggregate.rankedAmong()).isEqualTo(63);
        assertThat(aggregate.nationalAverage()).isNull();
    }

    @Test
    void aScoreOutsideTheScaleOrARankBeyondTheRankedCountIsRefusedOnItsField() {
        Catalogue papi = catalogue.catalogue("PAPI");
        assertThatThrownBy(() -> entries.save("PAPI", 2010, form(papi, 61, "PAPI.D1", "10.5", null), "tester"))
                .isInstanceOfSatisfying(RuleViolationException.class, violation -> {
                    assertThat(violation.field()).isEqualTo("values[0].score");
                    assertThat(violation.messageKey()).isEqualTo("manual.score.outOfScale");
                });
        assertThatThrownBy(() -> entries.save("PAPI", 2010, form(papi, 61, "PAPI", "43", 62), "tester"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        violation -> assertThat(violation.field()).isEqualTo("values[0].rank"));
        assertThatThrownBy(() -> entries.save("PAPI", 2010, form(papi, 61, "PAPI", "bốn ba", null), "tester"))
                .hasMessage("manual.score.notNumber");
        assertThatThrownBy(() -> entries.save("PAPI", 2010, new ManualEntryForm(null, null, List.of()), "tester"))
                .hasMessage("manual.empty");
        assertThat(results.current(papi.index().id(), 2010)).isEmpty();
    }

    @Test
    void typingIntoAFullTableReplacesTheProvincesLineAndRanksAgain() {
        Catalogue papi = catalogue.catalogue("PAPI");
        String csv = "province,PAPI\nKhánh Hòa,40\nPhú Yên,41\nNinh Thuận,42\n";
        imports.confirm("PAPI", imports.upload("PAPI", new ImportForm(2008, null, "bảng"), "t.csv",
                csv.getBytes(StandardCharsets.UTF_8), "tester"), "tester");
        assertThat(results.tree(papi, 2008).orElseThrow().rows().get(0).ours().rank()).isEqualTo(3);

        entries.save("PAPI", 2008, form(papi, null, "PAPI", "41.5", null), "tester");

        TreeYear tree = results.tree(papi, 2008).orElseThrow();
        assertThat(tree.complete()).isTrue();
        assertThat(tree.rows().get(0).ours().score()).isEqualByComparingTo("41.5");
        assertThat(tree.rows().get(0).ours().rank()).as("computed again among the table").isEqualTo(2);
        assertThat(tree.rows().get(0).nationalAverage()).isEqualByComparingTo("41.5");
        assertThat(tree.rankedCount()).isEqualTo(3);
    }

    private static ManualEntryForm form(Catalogue index, Integer rankedCount, String code, String score, Integer rank) {
        List<ManualValue> values = new ArrayList<>();
        values.add(new ManualValue(index.indicator(code).orElseThrow().id(), score, rank == null ? null : rank.toString(),
                null));
        return new ManualEntryForm(rankedCount == null ? null : rankedCount.toString(), "báo cáo", values);
    }
}
