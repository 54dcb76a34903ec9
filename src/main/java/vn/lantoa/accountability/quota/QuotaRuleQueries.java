package vn.lantoa.accountability.quota;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.period.PeriodKind;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/** Reads quota rules: the ones of a union, and the ones that reach into a subtree. */
@Component
public class QuotaRuleQueries {

    private static final String SELECT = """
            select r.*, array(select ru.unit_id from quota_rule_unit ru where ru.rule_id = r.id order by ru.unit_id) as unit_ids
            from quota_rule r join unit o on o.id = r.owner_unit_id
            """;

    private final JdbcClient jdbc;

    QuotaRuleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<QuotaRule> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(QuotaRuleQueries::rule).optional();
    }

    /** Rules owned by this union, active or not, newest first. */
    public List<QuotaRule> ownedBy(long ownerUnitId) {
        return jdbc.sql(SELECT + " where r.owner_unit_id = :owner order by r.active desc, r.valid_from desc, r.id desc")
                .param("owner", ownerUnitId).query(QuotaRuleQueries::rule).list();
    }

    /**
     * Active rules that hold units inside this subtree: rules owned by the subtree's root, by a union
     * above it, or by a union inside it.
     */
    public List<QuotaRule> reaching(UnitRef subtree) {
        return jdbc.sql(SELECT + """
                 where r.active and (:path like o.path || '%' or o.path like :path || '%')
                 order by o.path, r.period, r.id""")
                .param("path", subtree.path()).query(QuotaRuleQueries::rule).list();
    }

    private static QuotaRule rule(ResultSet rs, int row) throws SQLException {
        String level = rs.getString("target_level");
        return new QuotaRule(rs.getLong("id"), rs.getLong("owner_unit_id"), rs.getString("name"),
                level == null ? null : UnitLevel.valueOf(level), ids(rs.getArray("unit_ids")),
                Measure.valueOf(rs.getString("measure")), (Long) rs.getObject("section_id"),
                MediaRequirement.valueOf(rs.getString("media_required")), rs.getInt("min_count"),
                PeriodKind.valueOf(rs.getString("period")), CountedBy.valueOf(rs.getString("counted_by")),
                (Integer) rs.getObject("share_percent"), rs.getObject("valid_from", java.time.LocalDate.class),
                rs.getObject("valid_until", java.time.LocalDate.class), rs.getBoolean("active"), rs.getString("preset"),
                rs.getLong("version"));
    }

    private static Set<Long> ids(Array array) throws SQLException {
        return array == null ? Set.of() : new HashSet<>(Arrays.asList((Long[]) array.getArray()));
    }
}
