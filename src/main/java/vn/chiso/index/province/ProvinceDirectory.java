package vn.chiso.index.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The provinces of each year. A year's results refer to the provinces that existed on 31 December of that year:
 * the 63 until 2024, the 34 from 2025. Which one is "ours" is a code ({@code chiso.our-province}) that resolves to
 * the right row for each year, since a province that kept its name across the 2025 merger kept its code. A repository
 * of tables {@code province} and {@code province_alias}.
 */
@Repository
public class ProvinceDirectory {

    private static final RowMapper<Province> PROVINCE = (row, n) -> new Province(row.getLong("id"),
            row.getString("code"), row.getString("name"), row.getString("region"),
            row.getObject("valid_from", LocalDate.class), row.getObject("valid_to", LocalDate.class));

    private final JdbcClient jdbc;
    private final String ourCode;

    ProvinceDirectory(JdbcClient jdbc, @Value("${chiso.our-province}") String ourCode) {
        this.jdbc = jdbc;
        this.ourCode = ourCode;
    }

    /** The code of the province this installation serves. */
    public String ourCode() {
        return ourCode;
    }

    public List<Province> of(int year) {
        return jdbc.sql("""
                select id, code, name, region, valid_from, valid_to from province
                where valid_from <= :endOfYear and (valid_to is null or valid_to > :endOfYear)
                order by name
                """).param("endOfYear", LocalDate.of(year, 12, 31)).query(PROVINCE).list();
    }

    /** Names of the year's provinces with their known variants, for matching what a file says. */
    public ProvinceNames namesOf(int year) {
        Map<String, List<String>> aliases = new HashMap<>();
        jdbc.sql("select code, alias from province_alias").query((RowCallbackHandler) row ->
                aliases.computeIfAbsent(row.getString("code"), code -> new ArrayList<>()).add(row.getString("alias")));
        return new ProvinceNames(of(year), aliases);
    }
}
