package vn.lantoa.channels.posts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.channels.posts.importing.PostRow;

/**
 * Writes an upload's good rows to the staging table with PostgreSQL's COPY (CSV), in the caller's
 * transaction: for 100,000 rows of 14 columns, COPY parses and writes several times faster than any
 * INSERT, and the rows are streamed in blocks so the whole file is never held twice in memory.
 */
@Component
class PostStaging {

    private static final String COPY = """
            copy channel_post_import_row (import_id, line, external_id, published_at, title, permalink, post_type, views, reach, reactions,
                                          comments, shares, clicks, extra)
            from stdin (format csv)""";
    private static final int BLOCK = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;

    PostStaging(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void stage(long importId, List<PostRow> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            try {
                StringBuilder block = new StringBuilder(BLOCK * 512);
                for (int i = 0; i < rows.size(); i++) {
                    line(block, importId, rows.get(i));
                    if ((i + 1) % BLOCK == 0 || i == rows.size() - 1) {
                        byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        block.setLength(0);
                    }
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Staging the rows of import " + importId + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void line(StringBuilder b, long importId, PostRow r) {
        b.append(importId).append(',').append(r.line()).append(',');
        text(b, r.externalId());
        b.append(',');
        if (r.publishedAt() != null) {
            b.append(r.publishedAt());
        }
        b.append(',');
        blankAsNull(b, r.title());
        b.append(',');
        blankAsNull(b, r.permalink());
        b.append(',');
        blankAsNull(b, r.postType());
        for (Long metric : new Long[] {r.views(), r.reach(), r.reactions(), r.comments(), r.shares(), r.clicks()}) {
            b.append(',');
            if (metric != null) {
                b.append(metric.longValue());
            }
        }
        b.append(',');
        text(b, JSON.writeValueAsString(r.extra()));
        b.append('\n');
    }

    /** An empty or missing value is NULL (an unquoted empty field in COPY's CSV). */
    private static void blankAsNull(StringBuilder b, String value) {
        if (value != null && !value.isEmpty()) {
            text(b, value);
        }
    }

    private static void text(StringBuilder b, String value) {
        b.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        b.append('"');
    }
}
