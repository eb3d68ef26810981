package vn.chiso.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first things a search found, best first, and how many it found in all.
 *
 * @param first at most the number asked for
 * @param total every match, counted by the same statement ({@code count(*) over ()} before its limit)
 */
public record Matches<T>(List<T> first, int total) {

    public Matches {
        first = List.copyOf(first);
    }

    public static <T> Matches<T> none() {
        return new Matches<>(List.of(), 0);
    }

    /**
     * One statement, given by a repository with its parameters bound, whose rows carry the count of all matches in a
     * column {@code total}.
     */
    public static <T> Matches<T> read(JdbcClient.StatementSpec statement, RowMapper<T> mapper) {
        List<T> found = new ArrayList<>();
        int[] total = {0};
        statement.query((RowCallbackHandler) row -> {
            total[0] = row.getInt("total");
            found.add(mapper.mapRow(row, found.size()));
        });
        return new Matches<>(found, total[0]);
    }

    public boolean isEmpty() {
        return first.isEmpty();
    }

    /** How many were found beyond those shown. */
    public int more() {
        return total - first.size();
    }
}
