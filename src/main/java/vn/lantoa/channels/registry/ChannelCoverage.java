package vn.lantoa.channels.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * How far a subtree's units run their own channels (seed 001: every unit should have a Facebook
 * Page): per level below the subtree's root, how many active units have at least one active channel
 * of each kind; per unit directly under the root, which kinds it has; and the units of a level with
 * no fanpage. Every count is made in SQL, one query per figure.
 */
@Service
@Transactional(readOnly = true)
public class ChannelCoverage {

    public static final int SHOWN = 500;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ChannelCoverage(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Units of one level under the root: how many, and how many run at least one channel of each kind. */
    public record LevelCoverage(UnitLevel level, long units, long withPage, long withGroup, long withOa, long withZaloGroup) {

        public int pagePercent() {
            return units == 0 ? 0 : (int) Math.round(withPage * 100.0 / units);
        }
    }

    /** A unit directly under the root and the kinds of channel it runs itself. */
    public record ChildCoverage(long id, String code, String name, boolean page, boolean group, boolean oa, boolean zaloGroup, long channels) {
    }

    /** A unit without a fanpage, with its parent and the other kinds it runs. */
    public record Uncovered(long id, String code, String name, UnitLevel level, String parentName, String otherKinds) {

        public List<ChannelKind> kinds() {
            return otherKinds == null || otherKinds.isBlank() ? List.of()
                    : Arrays.stream(otherKinds.split(",")).map(ChannelKind::valueOf).sorted().toList();
        }
    }

    public record Gaps(UnitLevel level, List<Uncovered> units, long total) {
    }

    public boolean hasPage(long unitId) {
        return jdbc.sql("select exists (select 1 from channel where unit_id = :id and active and kind = 'FACEBOOK_PAGE')")
                .param("id", unitId).query(Boolean.class).single();
    }

    public List<LevelCoverage> byLevel(UnitRef root) {
        List<LevelCoverage> levels = new ArrayList<>(jdbc.sql("""
                        select u.level, count(*) as units,
                               count(*) filter (where k.page) as with_page, count(*) filter (where k.fb_group) as with_group,
                               count(*) filter (where k.oa) as with_oa, count(*) filter (where k.zalo_group) as with_zalo_group
                        from unit u
                        left join lateral (
                            select bool_or(c.kind = 'FACEBOOK_PAGE') as page, bool_or(c.kind = 'FACEBOOK_GROUP') as fb_group,
                                   bool_or(c.kind = 'ZALO_OA') as oa, bool_or(c.kind = 'ZALO_GROUP') as zalo_group
                            from channel c where c.unit_id = u.id and c.active) k on true
                        where u.active and u.path like :path || '%' and u.id <> :root
                        group by u.level""")
                .param("path", root.path()).param("root", root.id())
                .query((rs, n) -> new LevelCoverage(UnitLevel.valueOf(rs.getString("level")), rs.getLong("units"), rs.getLong("with_page"),
                        rs.getLong("with_group"), rs.getLong("with_oa"), rs.getLong("with_zalo_group")))
                .list());
        levels.sort(Comparator.comparing(LevelCoverage::level));
        return levels;
    }

    /** Active channels of each kind in the whole subtree, the root's own included. */
    public Map<ChannelKind, Long> channelsByKind(UnitRef root) {
        Map<ChannelKind, Long> counts = new EnumMap<>(ChannelKind.class);
        Arrays.stream(ChannelKind.values()).forEach(k -> counts.put(k, 0L));
        jdbc.sql("""
                        select c.kind, count(*) as channels from channel c join unit u on u.id = c.unit_id
                        where c.active and u.active and u.path like :path || '%' group by c.kind""")
                .param("path", root.path())
                .query((rs, n) -> counts.put(ChannelKind.valueOf(rs.getString("kind")), rs.getLong("channels")))
                .list();
        return counts;
    }

    public List<ChildCoverage> children(UnitRef root) {
        return jdbc.sql("""
                        select u.id, u.code, u.name,
                               coalesce(bool_or(c.kind = 'FACEBOOK_PAGE'), false) as page,
                               coalesce(bool_or(c.kind = 'FACEBOOK_GROUP'), false) as fb_group,
                               coalesce(bool_or(c.kind = 'ZALO_OA'), false) as oa,
                               coalesce(bool_or(c.kind = 'ZALO_GROUP'), false) as zalo_group,
                               count(c.id) as channels
                        from unit u left join channel c on c.unit_id = u.id and c.active
                        where u.parent_id = :root and u.active
                        group by u.id, u.code, u.name, u.name_folded
                        order by u.name_folded, u.id""")
                .param("root", root.id())
                .query((rs, n) -> new ChildCoverage(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getBoolean("page"),
                        rs.getBoolean("fb_group"), rs.getBoolean("oa"), rs.getBoolean("zalo_group"), rs.getLong("channels")))
                .list();
    }

    /** The levels a coverage of this root may list: those below it. */
    public static List<UnitLevel> levelsUnder(UnitRef root) {
        return Arrays.stream(UnitLevel.values()).filter(l -> l.ordinal() > root.level().ordinal()).toList();
    }

    /** The active units of a level under the root without an active fanpage, at most {@code limit} of them, and how many in all. */
    public Gaps withoutPage(UnitRef root, UnitLevel level, int limit) {
        long[] total = {0};
        List<Uncovered> units = jdbc.sql(UNCOVERED + " limit :limit")
                .param("path", root.path()).param("level", level.name()).param("limit", limit)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return uncovered(rs);
                })
                .list();
        return new Gaps(level, units, total[0]);
    }

    private static final String UNCOVERED = """
            select u.id, u.code, u.name, u.level, p.name as parent_name,
                   (select string_agg(distinct c.kind, ',') from channel c where c.unit_id = u.id and c.active) as other_kinds,
                   count(*) over () as total
            from unit u left join unit p on p.id = u.parent_id
            where u.active and u.level = :level and u.path like :path || '%'
              and not exists (select 1 from channel c where c.unit_id = u.id and c.active and c.kind = 'FACEBOOK_PAGE')
            order by p.name_folded, u.name_folded, u.id""";

    private static Uncovered uncovered(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Uncovered(rs.getLong("id"), rs.getString("code"), rs.getString("name"), UnitLevel.valueOf(rs.getString("level")),
                rs.getString("parent_name"), rs.getString("other_kinds"));
    }

    /** The same list, every unit of it, as .xlsx. */
    public void writeWithoutPage(UnitRef root, UnitLevel level, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Lan Tỏa", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("channels.coverage.sheet", null, locale));
        String[] header = {"code", "name", "level", "parent", "others"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, messages.getMessage("channels.coverage.xlsx." + header[c], null, locale));
            sheet.style(0, c).bold().fillColor("F3D1DC").set();
        }
        sheet.width(0, 16);
        sheet.width(1, 42);
        sheet.width(2, 14);
        sheet.width(3, 36);
        sheet.width(4, 36);
        sheet.freezePane(0, 1);
        int[] row = {1};
        jdbc.sql(UNCOVERED).param("path", root.path()).param("level", level.name())
                .query((rs, n) -> {
                    Uncovered u = uncovered(rs);
                    int r = row[0]++;
                    sheet.value(r, 0, u.code());
                    sheet.value(r, 1, u.name());
                    sheet.value(r, 2, messages.getMessage("unitLevel." + u.level().name(), null, locale));
                    sheet.value(r, 3, u.parentName());
                    sheet.value(r, 4, kindLabels(u.otherKinds(), locale));
                    return null;
                })
                .list();
        workbook.finish();
    }

    public String kindLabels(String kinds, Locale locale) {
        if (kinds == null || kinds.isBlank()) {
            return "";
        }
        return String.join(", ", Arrays.stream(kinds.split(","))
                .map(k -> messages.getMessage(ChannelKind.valueOf(k).messageKey(), null, locale)).toList());
    }
}
