package vn.chiso.unit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.shared.TextQuery;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL matches units through the full-text index of V15, never by reading every row. */
@ChisoTest
@Transactional
class UnitSearchTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitSearch search;

    @Test
    void unitsAreMatchedThroughTheirIndex() {
        // on the small demo table a sequential scan is cheaper: forbid it to see whether the index can serve
        jdbc.execute("set local enable_seqscan = off");
        List<String> plan = JdbcClient.create(jdbc).sql("explain " + UnitRepository.SEARCH)
                .param("query", TextQuery.of("tu phap").tsquery()).param("onlyUnitId", null).param("limit", 20)
                .query(String.class).list();
        assertThat(String.join("\n", plan)).contains("Bitmap Index Scan on ix_unit_search");
    }

    /** The SQL folding (unaccent) and the Java folding of what is typed agree on every Vietnamese letter. */
    @Test
    void theDatabaseFoldsVietnameseAsTheSearchBoxDoes() {
        String letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
        String all = letters + " " + letters.toUpperCase(java.util.Locale.ROOT) + " Sở Tư pháp/II.1.đ";
        String folded = jdbc.queryForObject("select search_words(?)", String.class, all);
        List<String> typed = TextQuery.of(all).words().stream().flatMap(List::stream).toList();
        assertThat(folded.strip().split(" ")).containsExactlyElementsOf(typed);
        assertThat(typed.get(0)).isEqualTo("aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd");
    }

    @Test
    void anOfficersOwnUnitIsTheOnlyOneTheyFind() {
        long justice = jdbc.queryForObject("select id from unit where code = 'STP'", Long.class);
        long finance = jdbc.queryForObject("select id from unit where code = 'STC'", Long.class);
        assertThat(search.find(TextQuery.of("tu phap"), justice, 20).first()).extracting(UnitMatch::name)
                .containsExactly("Sở Tư pháp");
        assertThat(search.find(TextQuery.of("tu phap"), finance, 20).total()).isZero();
    }
}
