package vn.lantoa.channels.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.accounts.AccountDirectory;
import vn.lantoa.accounts.AccountRef;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.UnitRef;

/**
 * The moderation rules of a union (for every page of its subtree) or of one page: stored, checked
 * (a name, at least one condition, keywords not empty when asked for, an assignee who moderates the
 * unit for "assign"), switched off, ordered, and listed in the order they apply to a page's comment:
 * the rules of the units above first, then the page's own, each by position.
 */
@Component
public class ModerationRules {

    public static final int MAX_KEYWORDS = 50;
    public static final int MAX_KEYWORD_LENGTH = 60;
    public static final int MAX_NAME = 120;
    private static final String COLUMNS = "r.id, r.unit_id, r.channel_id, r.name, r.keywords, r.has_link, r.only_emoji, r.new_author,"
            + " r.action, r.assignee_id, r.position, r.active";

    private final JdbcClient jdbc;
    private final ModerationAccess access;
    private final AccountDirectory accounts;
    private final AuditLog audit;

    ModerationRules(JdbcClient jdbc, ModerationAccess access, AccountDirectory accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** What the editor sends: the scope is the unit, or one of its pages; keywords one a line or separated by commas. */
    public record Form(String name, Long channelId, String keywords, boolean useKeywords, boolean hasLink, boolean onlyEmoji,
                       boolean newAuthor, String action, Long assigneeId) {
    }

    /** The active rules that apply to a page's comments, in order. */
    public List<ModerationRule> forPage(long channelId) {
        return jdbc.sql("select " + COLUMNS + """
                 from channel_moderation_rule r join unit u on u.id = r.unit_id
                 join channel c on c.id = :c join unit cu on cu.id = c.unit_id
                where r.active and cu.path like u.path || '%' and (r.channel_id is null or r.channel_id = :c)
                order by case when r.channel_id is null then 0 else 1 end, length(u.path), r.position, r.id""")
                .param("c", channelId).query(ModerationRules::row).list();
    }

    /** The rules defined on a unit (its own and its pages'), in their order. */
    public List<ModerationRule> ofUnit(long unitId) {
        return jdbc.sql("select " + COLUMNS + " from channel_moderation_rule r where r.unit_id = :u order by r.position, r.id")
                .param("u", unitId).query(ModerationRules::row).list();
    }

    public ModerationRule rule(Actor actor, long id) {
        ModerationRule rule = jdbc.sql("select " + COLUMNS + " from channel_moderation_rule r where r.id = :id").param("id", id)
                .query(ModerationRules::row).optional().orElseThrow(() -> new NotFound("channels.moderation.rule.notFound"));
        access.subtree(actor, rule.unitId());
        return rule;
    }

    /** The accounts a rule of this unit may assign comments to: those who moderate it. */
    public List<AccountRef> assignees(UnitRef unit) {
        return accounts.holdersOver(unit.path(), Set.of(ModerationAccess.ROLES)).stream().distinct().toList();
    }

    @Transactional
    public long create(Actor actor, long unitId, Form form) {
        UnitRef unit = access.subtree(actor, unitId);
        Checked c = check(unit, form);
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from channel_moderation_rule where unit_id = :u").param("u", unit.id())
                .query(Integer.class).single();
        long id = jdbc.sql("""
                insert into channel_moderation_rule (unit_id, channel_id, name, keywords, has_link, only_emoji, new_author, action,
                       assignee_id, position, created_by)
                values (:u, :c, :name, :keywords, :link, :emoji, :newAuthor, :action, :assignee, :position, :by) returning id""")
                .param("u", unit.id()).param("c", form.channelId()).param("name", c.name()).param("keywords", c.keywords())
                .param("link", form.hasLink()).param("emoji", form.onlyEmoji()).param("newAuthor", form.newAuthor())
                .param("action", c.action().name()).param("assignee", c.action() == RuleAction.ASSIGN ? form.assigneeId() : null)
                .param("position", position).param("by", actor.accountId()).query(Long.class).single();
        audit.record(AuditEntry.of("channels.moderation.rule.created", "moderation_rule", id, c.name(), unit.path(), c.summary()));
        return id;
    }

    @Transactional
    public void update(Actor actor, long id, Form form) {
        ModerationRule rule = rule(actor, id);
        UnitRef unit = access.subtree(actor, rule.unitId());
        Checked c = check(unit, form);
        jdbc.sql("""
                update channel_moderation_rule set channel_id = :c, name = :name, keywords = :keywords, has_link = :link,
                       only_emoji = :emoji, new_author = :newAuthor, action = :action, assignee_id = :assignee where id = :id""")
                .param("c", form.channelId()).param("name", c.name()).param("keywords", c.keywords()).param("link", form.hasLink())
                .param("emoji", form.onlyEmoji()).param("newAuthor", form.newAuthor()).param("action", c.action().name())
                .param("assignee", c.action() == RuleAction.ASSIGN ? form.assigneeId() : null).param("id", id).update();
        audit.record(AuditEntry.of("channels.moderation.rule.updated", "moderation_rule", id, c.name(), unit.path(), c.summary()));
    }

    @Transactional
    public void switchTo(Actor actor, long id, boolean active) {
        ModerationRule rule = rule(actor, id);
        jdbc.sql("update channel_moderation_rule set active = :a where id = :id").param("a", active).param("id", id).update();
        audit.record(AuditEntry.of(active ? "channels.moderation.rule.on" : "channels.moderation.rule.off", "moderation_rule", id,
                rule.name(), access.subtree(actor, rule.unitId()).path(), null));
    }

    /** Moves a rule one place up (-1) or down (+1) among its unit's rules. */
    @Transactional
    public void move(Actor actor, long id, int by) {
        ModerationRule rule = rule(actor, id);
        List<ModerationRule> list = ofUnit(rule.unitId());
        int at = list.indexOf(list.stream().filter(r -> r.id() == id).findFirst().orElseThrow());
        int to = at + Integer.signum(by);
        if (to < 0 || to >= list.size()) {
            return;
        }
        ModerationRule other = list.get(to);
        jdbc.sql("update channel_moderation_rule set position = :p where id = :id").param("p", other.position()).param("id", id).update();
        jdbc.sql("update channel_moderation_rule set position = :p where id = :id").param("p", rule.position()).param("id", other.id()).update();
        if (other.position() == rule.position()) {
            jdbc.sql("update channel_moderation_rule set position = :p where id = :id").param("p", rule.position() + Integer.signum(by))
                    .param("id", id).update();
        }
        audit.record(AuditEntry.of("channels.moderation.rule.moved", "moderation_rule", id, rule.name(),
                access.subtree(actor, rule.unitId()).path(), by < 0 ? "up" : "down"));
    }

    private record Checked(String name, String keywords, RuleAction action, String summary) {
    }

    /** The form's rules, each failure a field and a Vietnamese message key. */
    Checked check(UnitRef unit, Form form) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInput("name", "channels.moderation.rule.error.name");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInput("name", "channels.moderation.rule.error.nameLong", MAX_NAME);
        }
        List<String> keywords = keywords(form.keywords());
        if (form.useKeywords() && keywords.isEmpty()) {
            throw new InvalidInput("keywords", "channels.moderation.rule.error.keywordsEmpty");
        }
        if (keywords.size() > MAX_KEYWORDS) {
            throw new InvalidInput("keywords", "channels.moderation.rule.error.keywordsMany", MAX_KEYWORDS);
        }
        if (keywords.stream().anyMatch(k -> k.length() > MAX_KEYWORD_LENGTH || CommentText.words(k).isBlank())) {
            throw new InvalidInput("keywords", "channels.moderation.rule.error.keywordBad", MAX_KEYWORD_LENGTH);
        }
        if (!form.useKeywords()) {
            keywords = List.of();
        }
        if (keywords.isEmpty() && !form.hasLink() && !form.onlyEmoji() && !form.newAuthor()) {
            throw new InvalidInput("conditions", "channels.moderation.rule.error.noCondition");
        }
        RuleAction action = Arrays.stream(RuleAction.values()).filter(a -> a.name().equals(form.action())).findFirst()
                .orElseThrow(() -> new InvalidInput("action", "channels.moderation.rule.error.action"));
        if (action == RuleAction.ASSIGN && (form.assigneeId() == null
                || assignees(unit).stream().noneMatch(a -> a.id() == form.assigneeId()))) {
            throw new InvalidInput("assigneeId", "channels.moderation.rule.error.assignee");
        }
        if (form.channelId() != null && access.pages(unit).stream().map(ChannelRef::id).noneMatch(form.channelId()::equals)) {
            throw new InvalidInput("channelId", "channels.moderation.rule.error.page");
        }
        String stored = String.join("\n", keywords);
        return new Checked(name, stored, action, Map.of("keywords", keywords.size(), "link", form.hasLink(), "emoji", form.onlyEmoji(),
                "newAuthor", form.newAuthor(), "action", action.name()).toString());
    }

    static List<String> keywords(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\n,;]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static ModerationRule row(ResultSet rs, int n) throws SQLException {
        String keywords = rs.getString("keywords");
        long channel = rs.getLong("channel_id");
        Long channelId = rs.wasNull() ? null : channel;
        long assignee = rs.getLong("assignee_id");
        Long assigneeId = rs.wasNull() ? null : assignee;
        return new ModerationRule(rs.getLong("id"), rs.getLong("unit_id"), channelId, rs.getString("name"),
                keywords == null || keywords.isEmpty() ? List.of() : List.of(keywords.split("\n")), rs.getBoolean("has_link"),
                rs.getBoolean("only_emoji"), rs.getBoolean("new_author"), RuleAction.valueOf(rs.getString("action")), assigneeId,
                rs.getInt("position"), rs.getBoolean("active"));
    }
}
