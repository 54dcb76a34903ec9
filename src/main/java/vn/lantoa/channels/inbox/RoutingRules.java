package vn.lantoa.channels.inbox;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.org.DepartmentRef;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * A page's routing rules (keywords → department, in order) and its default department, stored in
 * inbox_rule and inbox_route; the departments a page's conversations may go to are those of the page's
 * unit and, above it, of its union (the nearest first), since a commune page may be answered by the
 * province's departments. Every change is in the audit log.
 */
@Component
public class RoutingRules {

    static final int MAX_KEYWORDS = 500;
    static final int MAX_RULES = 50;

    /** A stored rule with its department's name, for the rules page. */
    public record RuleView(long id, int position, String keywords, long departmentId, String departmentName) {
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final ChannelDirectory channels;
    private final InboxAccess access;
    private final AuditLog audit;

    RoutingRules(JdbcClient jdbc, OrgDirectory org, ChannelDirectory channels, InboxAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.org = org;
        this.channels = channels;
        this.access = access;
        this.audit = audit;
    }

    /** The rules as the router reads them, in order. */
    public List<Routing.Rule> rules(long channelId) {
        return jdbc.sql("select keywords, department_id from inbox_rule where channel_id = :c order by position, id").param("c", channelId)
                .query((rs, n) -> new Routing.Rule(rs.getString(1), rs.getLong(2))).list();
    }

    public Long defaultDepartment(long channelId) {
        return jdbc.sql("select default_department_id from inbox_route where channel_id = :c").param("c", channelId)
                .query((rs, n) -> rs.getObject(1, Long.class)).optional().orElse(null);
    }

    public Routing.Decision route(long channelId, String firstMessage) {
        return Routing.route(firstMessage, rules(channelId), defaultDepartment(channelId));
    }

    public List<RuleView> views(long channelId) {
        return jdbc.sql("""
                select r.id, r.position, r.keywords, r.department_id, d.name from inbox_rule r join department d on d.id = r.department_id
                 where r.channel_id = :c order by r.position, r.id""").param("c", channelId)
                .query((rs, n) -> new RuleView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5))).list();
    }

    /** The departments that may answer the page: its unit's, then those of the units above it. */
    public List<DepartmentRef> departmentsFor(long channelId) {
        long unitId = channels.find(channelId).map(ChannelRef::unitId).orElseThrow();
        List<UnitRef> lineage = new ArrayList<>(org.lineage(unitId));
        java.util.Collections.reverse(lineage);
        List<DepartmentRef> all = new ArrayList<>();
        lineage.forEach(u -> all.addAll(org.departmentsOf(u.id())));
        return all;
    }

    public DepartmentRef department(long channelId, Long departmentId, String field) {
        if (departmentId == null) {
            throw new InvalidInput(field, "channels.inbox.department.required");
        }
        return departmentsFor(channelId).stream().filter(d -> d.id() == departmentId).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "channels.inbox.department.notOfPage"));
    }

    @Transactional
    public void addRule(Actor actor, long channelId, String keywords, Long departmentId) {
        ChannelRef page = access.managedPage(actor, channelId);
        String typed = keywords == null ? "" : keywords.strip();
        if (Routing.foldedKeywords(typed).isBlank()) {
            throw new InvalidInput("keywords", "channels.inbox.rules.keywordsRequired");
        }
        if (typed.length() > MAX_KEYWORDS) {
            throw new InvalidInput("keywords", "channels.inbox.rules.keywordsTooLong", MAX_KEYWORDS);
        }
        DepartmentRef department = department(channelId, departmentId, "departmentId");
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from inbox_rule where channel_id = :c").param("c", channelId)
                .query(Integer.class).single();
        if (position > MAX_RULES) {
            throw new InvalidInput("keywords", "channels.inbox.rules.tooMany", MAX_RULES);
        }
        jdbc.sql("""
                insert into inbox_rule (channel_id, position, keywords, keywords_folded, department_id) values (:c, :p, :k, :f, :d)""")
                .param("c", channelId).param("p", position).param("k", typed).param("f", Routing.foldedKeywords(typed))
                .param("d", department.id()).update();
        audit(page, "channel.inbox.ruleAdded", typed + " → " + department.name());
    }

    @Transactional
    public void removeRule(Actor actor, long channelId, long ruleId) {
        ChannelRef page = access.managedPage(actor, channelId);
        String keywords = jdbc.sql("delete from inbox_rule where id = :id and channel_id = :c returning keywords").param("id", ruleId)
                .param("c", channelId).query(String.class).optional()
                .orElseThrow(() -> new vn.lantoa.common.web.NotFound("channels.inbox.rules.notFound"));
        audit(page, "channel.inbox.ruleRemoved", keywords);
    }

    @Transactional
    public void setDefault(Actor actor, long channelId, Long departmentId) {
        ChannelRef page = access.managedPage(actor, channelId);
        DepartmentRef department = departmentId == null ? null : department(channelId, departmentId, "defaultDepartmentId");
        jdbc.sql("""
                insert into inbox_route (channel_id, default_department_id) values (:c, :d)
                on conflict (channel_id) do update set default_department_id = excluded.default_department_id, updated_at = now()""")
                .param("c", channelId).param("d", department == null ? null : department.id()).update();
        audit(page, "channel.inbox.defaultSet", department == null ? "-" : department.name());
    }

    private void audit(ChannelRef page, String action, String details) {
        audit.record(AuditEntry.of(action, "channel", page.id(), page.name(), channels.unitPath(page.id()).orElse(null), details));
    }
}
