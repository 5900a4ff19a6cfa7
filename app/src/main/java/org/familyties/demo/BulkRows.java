package org.familyties.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for one table, buffered and written many rows per statement ({@code values (...), (...), ...}), which
 * both H2 and PostgreSQL take several times faster than a batch of single-row inserts.
 */
final class BulkRows {

    private static final int ROWS_PER_STATEMENT = 250;

    private final JdbcTemplate jdbc;
    private final String head;
    private final String tuple;
    private final List<Object[]> buffer = new ArrayList<>();
    private String fullStatement;
    private long written;

    /** {@code sql} is a one-row insert: {@code insert into t (a, b) values (?, ?)}. */
    BulkRows(JdbcTemplate jdbc, String sql) {
        this.jdbc = jdbc;
        int at = sql.lastIndexOf("values") + "values".length();
        this.head = sql.substring(0, at);
        this.tuple = sql.substring(at).trim();
    }

    void add(Object... row) {
        buffer.add(row);
    }

    /** Writes the buffered rows (in the caller's transaction). */
    void flush() {
        for (int from = 0; from < buffer.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = buffer.subList(from, Math.min(buffer.size(), from + ROWS_PER_STATEMENT));
            String statement = chunk.size() == ROWS_PER_STATEMENT ? full() : statement(chunk.size());
            jdbc.update(connection -> {
                PreparedStatement ps = connection.prepareStatement(statement);
                bind(ps, chunk);
                return ps;
            });
        }
        written += buffer.size();
        buffer.clear();
    }

    long written() {
        return written;
    }

    private String full() {
        if (fullStatement == null) {
            fullStatement = statement(ROWS_PER_STATEMENT);
        }
        return fullStatement;
    }

    private String statement(int rows) {
        return head + " " + String.join(", ", Collections.nCopies(rows, tuple));
    }

    private static void bind(PreparedStatement ps, List<Object[]> rows) throws SQLException {
        int index = 1;
        for (Object[] row : rows) {
            for (Object value : row) {
                if (value == null) {
                    ps.setNull(index++, Types.NULL);
                } else {
                    ps.setObject(index++, value);
                }
            }
        }
    }
}
