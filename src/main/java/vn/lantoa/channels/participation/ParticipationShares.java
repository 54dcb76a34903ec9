package vn.lantoa.channels.participation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.channels.CadreParticipation;
import vn.lantoa.channels.ParticipationShare;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * The shares, by SQL over any subtree. A cadre follows by a month when a declaration or an imported
 * interaction list of that month or earlier says so; interacts in the month when either counts more than
 * zero; their interactions in a month on a page are the larger of the declared and imported figures (two
 * ways of counting the same interactions, never added).
 */
@Service
@Transactional
public class ParticipationShares implements CadreParticipation {

    /** One row per active cadre of the subtree with what they did by and in the month, and the child unit they count under. */
    private static final String PER_CADRE = """
            with per as (
                select c.id, c.full_name, c.position, c.account_id, c.profile_url, c.profile_name, u.id as unit_id, u.name as unit_name,
                       nullif(split_part(substr(u.path, length(:path) + 1), '/', 1), '')::bigint as child_id,
                       exists (select 1 from participation_month p
                               where p.cadre_id = c.id and p.follows and p.month <= :month) as follows,
                       coalesce((select sum(m.most) from (select max(p.interactions) as most from participation_month p
                                                          where p.cadre_id = c.id and p.month = :month group by p.channel_id) m), 0)
                           as interactions
                from participation_cadre c join unit u on u.id = c.unit_id
                where c.active and u.path like :path || '%')
            """;

    /** A unit's line in the table: the share of its subtree. */
    public record UnitLine(long unitId, String code, String name, boolean own, ParticipationShare share) {
    }

    /** One cadre of the drill-down. */
    public record CadreLine(long id, String fullName, String position, boolean hasAccount, String profile, long unitId, String unitName,
                            boolean follows, long interactions) {
    }

    public record Board(UnitRef unit, YearMonth month, ParticipationShare total, List<UnitLine> units) {
    }

    private final JdbcClient jdbc;
    private final CadreRoster roster;
    private final OrgDirectory org;

    ParticipationShares(JdbcClient jdbc, CadreRoster roster, OrgDirectory org) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.org = org;
    }

    @Override
    public ParticipationShare share(long unitId, YearMonth month) {
        return org.unit(unitId).map(u -> total(u, month)).orElse(new ParticipationShare(unitId, month, 0, 0, 0, 0));
    }

    /** The subtree's total and its child units (with the unit's own cadres as a line of their own), units at 0 % first. */
    public Board board(UnitRef unit, YearMonth month) {
        ParticipationShare total = total(unit, month);
        List<UnitLine> lines = new ArrayList<>(jdbc.sql(PER_CADRE + """
                        , grouped as (
                            select child_id, count(*) as cadres, count(*) filter (where follows) as following,
                                   count(*) filter (where interactions > 0) as interacting, coalesce(sum(interactions), 0) as interactions
                            from per group by child_id)
                        select ch.id, ch.code, ch.name, false as own, coalesce(g.cadres, 0) as cadres, coalesce(g.following, 0) as following,
                               coalesce(g.interacting, 0) as interacting, coalesce(g.interactions, 0) as interactions
                        from unit ch left join grouped g on g.child_id = ch.id
                        where ch.parent_id = :unit and ch.active
                        union all
                        select :unit, :code, :name, true, g.cadres, g.following, g.interacting, g.interactions
                        from grouped g where g.child_id is null""")
                .param("path", unit.path()).param("month", month.atDay(1)).param("unit", unit.id())
                .param("code", unit.code()).param("name", unit.name())
                .query((rs, n) -> new UnitLine(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getBoolean("own"),
                        new ParticipationShare(rs.getLong("id"), month, rs.getInt("cadres"), rs.getInt("following"), rs.getInt("interacting"),
                                rs.getLong("interactions"))))
                .list());
        // units furthest from the target first: 0 % (those with cadres, then those with none listed yet), then by share, then by name
        lines.sort(Comparator.comparingInt((UnitLine l) -> l.share().followingPercent())
                .thenComparingInt(l -> l.share().cadres() == 0 ? 1 : 0).thenComparing(UnitLine::name));
        return new Board(unit, month, total, List.copyOf(lines));
    }

    public ParticipationShare total(UnitRef unit, YearMonth month) {
        roster.syncAccounts(unit.path());
        return jdbc.sql(PER_CADRE + """
                        select count(*) as cadres, count(*) filter (where follows) as following,
                               count(*) filter (where interactions > 0) as interacting, coalesce(sum(interactions), 0) as interactions
                        from per""")
                .param("path", unit.path()).param("month", month.atDay(1))
                .query((rs, n) -> new ParticipationShare(unit.id(), month, rs.getInt("cadres"), rs.getInt("following"),
                        rs.getInt("interacting"), rs.getLong("interactions")))
                .single();
    }

    /** The cadres of the subtree, those not following first, at most {@code limit}. */
    public List<CadreLine> cadres(UnitRef unit, YearMonth month, int limit) {
        return jdbc.sql(PER_CADRE + """
                        select id, full_name, position, account_id is not null as has_account, coalesce(profile_url, profile_name) as profile,
                               unit_id, unit_name, follows, interactions
                        from per order by follows, interactions, full_name limit :limit""")
                .param("path", unit.path()).param("month", month.atDay(1)).param("limit", limit)
                .query(CadreLine.class).list();
    }

    /** One cadre's standing for the month: following by then, and interactions in it. */
    public record Standing(boolean follows, long interactions, String channelName) {
    }

    public Standing standing(long cadreId, YearMonth month) {
        return jdbc.sql("""
                        select exists (select 1 from participation_month p where p.cadre_id = :id and p.follows and p.month <= :month) as follows,
                               coalesce((select sum(m.most) from (select max(p.interactions) as most from participation_month p
                                         where p.cadre_id = :id and p.month = :month group by p.channel_id) m), 0) as interactions,
                               (select ch.name from participation_month p join channel ch on ch.id = p.channel_id
                                where p.cadre_id = :id and p.follows and p.month <= :month order by p.month desc limit 1) as channel_name""")
                .param("id", cadreId).param("month", month.atDay(1)).query(Standing.class).single();
    }
}
