package cl.gob.mintrab.canalregional.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL for in-container tests that look at what the services wrote, bypassing JPA and its caches. */
public final class Sql {

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every row, every column as text. Parameters bind to {@code ?} in order. */
    public List<List<String>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, parameters);
             ResultSet rs = ps.executeQuery()) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The first column of every row. */
    public List<String> column(String sql, Object... parameters) throws SQLException {
        return rows(sql, parameters).stream().map(row -> row.get(0)).toList();
    }

    /** The single value of a query such as SELECT COUNT(*). */
    public String value(String sql, Object... parameters) throws SQLException {
        return rows(sql, parameters).get(0).get(0);
    }

    public long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(value(sql, parameters));
    }

    public int execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, parameters)) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
        return ps;
    }
}
