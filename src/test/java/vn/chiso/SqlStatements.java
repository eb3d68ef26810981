package vn.chiso;

import net.ttddyy.dsproxy.QueryCountHolder;

/** SQL statements sent by the current thread since the last {@link #reset()}: MockMvc requests run on it. */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static void reset() {
        QueryCountHolder.clear();
    }

    public static long count() {
        return QueryCountHolder.getGrandTotal().getTotal();
    }
}
