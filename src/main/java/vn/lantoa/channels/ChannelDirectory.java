package vn.lantoa.channels;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the registry: one channel, or the channels of a unit's subtree. Scope checks stay with the caller. */
@Component
public class ChannelDirectory {

    private static final String SELECT = "select c.id, c.unit_id, c.kind, c.name, c.url, c.external_id, c.launched_on, c.active"
            + " from channel c join unit u on u.id = c.unit_id";

    private final JdbcClient jdbc;

    ChannelDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ChannelRef> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ChannelDirectory::channel).optional();
    }

    /** The path of the unit a channel belongs to, for scope checks. */
    public Optional<String> unitPath(long channelId) {
        return jdbc.sql("select u.path from channel c join unit u on u.id = c.unit_id where c.id = :id")
                .param("id", channelId).query(String.class).optional();
    }

    /** The active channels of the units under (and including) the unit with this path, by unit then kind and name. */
    public List<ChannelRef> inSubtree(String unitPath) {
        return jdbc.sql(SELECT + " where c.active and u.path like :path || '%' order by u.path, c.kind, c.name")
                .param("path", unitPath).query(ChannelDirectory::channel).list();
    }

    private static ChannelRef channel(ResultSet rs, int n) throws SQLException {
        Date launched = rs.getDate("launched_on");
        return new ChannelRef(rs.getLong("id"), rs.getLong("unit_id"), ChannelKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("url"), rs.getString("external_id"), launched == null ? null : launched.toLocalDate(), rs.getBoolean("active"));
    }
}
