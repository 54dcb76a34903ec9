package vn.lantoa.channels.registry;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.common.text.VietnameseText;

/** Reads of the registry: a page of a subtree's channels with filters, one channel with its admins, who holds an address. */
@Component
@Transactional(readOnly = true)
public class ChannelRegistryQueries {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    ChannelRegistryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which channels: a subtree (by path), optionally one kind, text in the unit's or the channel's name, and a state. */
    public record Filter(String rootPath, ChannelKind kind, String unit, String q, State state) {

        public Filter {
            unit = unit == null ? "" : unit.strip();
            q = q == null ? "" : q.strip();
            state = state == null ? State.ACTIVE : state;
        }
    }

    public enum State {
        ACTIVE, INACTIVE, ALL;

        public static State of(String text) {
            for (State s : values()) {
                if (s.name().equalsIgnoreCase(text)) {
                    return s;
                }
            }
            return ACTIVE;
        }
    }

    /** One line of the registry. */
    public record Row(long id, long unitId, String unitName, ChannelKind kind, String name, String url, String purpose,
                      java.time.LocalDate launchedOn, boolean active, String admins) {
    }

    public record Page(List<Row> rows, long total, int page, int pages) {
    }

    public Page search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("u.path like :path || '%'");
        Map<String, Object> params = new HashMap<>();
        params.put("path", filter.rootPath());
        if (filter.kind() != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (!filter.unit().isEmpty()) {
            where.append(" and (u.name_folded like :unit escape '\\' or lower(u.code) like :unit escape '\\')");
            params.put("unit", like(filter.unit()));
        }
        if (!filter.q().isEmpty()) {
            where.append(" and c.name_folded like :q escape '\\'");
            params.put("q", like(filter.q()));
        }
        if (filter.state() != State.ALL) {
            where.append(" and c.active = :active");
            params.put("active", filter.state() == State.ACTIVE);
        }
        int p = Math.max(1, page);
        long[] total = {0};
        List<Row> rows = jdbc.sql("""
                        select c.id, c.unit_id, u.name as unit_name, c.kind, c.name, c.url, c.purpose, c.launched_on, c.active,
                               (select string_agg(a.name, ', ' order by a.id) from channel_admin a where a.channel_id = c.id) as admins,
                               count(*) over () as total
                        from channel c join unit u on u.id = c.unit_id
                        where %s
                        order by u.depth, u.name_folded, u.id, c.kind, c.name_folded, c.id
                        limit :size offset :offset""".formatted(where))
                .params(params).param("size", size).param("offset", (long) (p - 1) * size)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    Date launched = rs.getDate("launched_on");
                    return new Row(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), ChannelKind.valueOf(rs.getString("kind")),
                            rs.getString("name"), rs.getString("url"), rs.getString("purpose"), launched == null ? null : launched.toLocalDate(),
                            rs.getBoolean("active"), rs.getString("admins"));
                })
                .list();
        if (rows.isEmpty() && p > 1) {
            total[0] = jdbc.sql("select count(*) from channel c join unit u on u.id = c.unit_id where " + where).params(params)
                    .query(Long.class).single();
        }
        int pages = (int) Math.max(1, (total[0] + size - 1) / size);
        return new Page(rows, total[0], p, pages);
    }

    public Optional<Channel> find(long id) {
        Optional<Channel> channel = jdbc.sql("""
                        select c.id, c.unit_id, u.code as unit_code, u.name as unit_name, u.path, c.kind, c.name, c.url, c.url_key,
                               c.external_id, c.purpose, c.launched_on, c.active, c.created_at, c.version
                        from channel c join unit u on u.id = c.unit_id where c.id = :id""")
                .param("id", id).query((rs, n) -> channel(rs, admins(id))).optional();
        return channel;
    }

    private List<Channel.Admin> admins(long channelId) {
        return jdbc.sql("""
                        select a.account_id, acc.username, a.name, a.contact from channel_admin a
                        left join account acc on acc.id = a.account_id
                        where a.channel_id = :id order by a.id""")
                .param("id", channelId)
                .query((rs, n) -> new Channel.Admin((Long) rs.getObject("account_id", Long.class), rs.getString("username"),
                        rs.getString("name"), rs.getString("contact")))
                .list();
    }

    /** The channel registered at this address (its key), with its unit: to refuse a second registration. */
    public record Holder(long id, String name, long unitId, String unitName, String unitPath, ChannelKind kind, String purpose,
                         java.time.LocalDate launchedOn, boolean active, String urlKey) {
    }

    public Optional<Holder> holderOf(String urlKey) {
        return holdersOf(List.of(urlKey)).stream().findFirst();
    }

    public List<Holder> holdersOf(java.util.Collection<String> urlKeys) {
        if (urlKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.id, c.name, c.unit_id, u.name as unit_name, u.path, c.kind, c.purpose, c.launched_on, c.active, c.url_key
                        from channel c join unit u on u.id = c.unit_id where c.url_key in (:keys)""")
                .param("keys", new ArrayList<>(urlKeys))
                .query((rs, n) -> {
                    Date launched = rs.getDate("launched_on");
                    return new Holder(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("path"),
                            ChannelKind.valueOf(rs.getString("kind")), rs.getString("purpose"), launched == null ? null : launched.toLocalDate(),
                            rs.getBoolean("active"), rs.getString("url_key"));
                })
                .list();
    }

    /** The url_key of each holder id, and its admins without an account, for the import's comparison. */
    public Map<Long, List<Channel.Admin>> adminsOf(java.util.Collection<Long> channelIds) {
        Map<Long, List<Channel.Admin>> admins = new HashMap<>();
        if (channelIds.isEmpty()) {
            return admins;
        }
        jdbc.sql("select channel_id, account_id, name, contact from channel_admin where channel_id in (:ids) order by id")
                .param("ids", new ArrayList<>(channelIds))
                .query((rs, n) -> admins.computeIfAbsent(rs.getLong("channel_id"), k -> new ArrayList<>())
                        .add(new Channel.Admin((Long) rs.getObject("account_id", Long.class), null, rs.getString("name"), rs.getString("contact"))))
                .list();
        return admins;
    }

    private static Channel channel(ResultSet rs, List<Channel.Admin> admins) throws SQLException {
        Date launched = rs.getDate("launched_on");
        Timestamp created = rs.getTimestamp("created_at");
        return new Channel(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("path"),
                ChannelKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("url"), rs.getString("url_key"),
                rs.getString("external_id"), rs.getString("purpose"), launched == null ? null : launched.toLocalDate(), rs.getBoolean("active"),
                created.toInstant(), rs.getLong("version"), admins);
    }

    static String like(String text) {
        String folded = VietnameseText.fold(text);
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
