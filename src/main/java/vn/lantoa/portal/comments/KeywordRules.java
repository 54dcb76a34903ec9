package vn.lantoa.portal.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.portal.site.Site;

/**
 * The keyword rules of each site, managed by the moderators, editors and admins of the site's union.
 * A site starts with the defaults of V12, copied the first time its rules are read.
 */
@Component
class KeywordRules {

    static final Role[] MANAGERS = {Role.MODERATOR, Role.EDITOR, Role.ADMIN};
    static final int MAX_PHRASE = 100;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    KeywordRules(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    static boolean mayManage(Actor actor, Site site) {
        return actor.may(site.unitPath(), MANAGERS);
    }

    /** Every rule of the site, active or not, seeding the defaults on the first read. */
    @Transactional
    public List<KeywordRule> of(long siteId) {
        seed(siteId);
        return jdbc.sql("select * from portal_comment_rule where site_id = :site order by category, lower(phrase)")
                .param("site", siteId).query((rs, n) -> rule(rs)).list();
    }

    @Transactional
    public List<KeywordRule> active(long siteId) {
        return of(siteId).stream().filter(KeywordRule::active).toList();
    }

    @Transactional
    public KeywordRule add(Actor actor, Site site, String phrase, boolean matchDiacritics, KeywordRule.Category category,
                           KeywordRule.Action action) {
        requireManage(actor, site);
        seed(site.id());
        String cleaned = CommentText.line(phrase);
        if (KeywordMatching.words(cleaned, true).isEmpty()) {
            throw new InvalidInput("phrase", "commentRule.error.phrase");
        }
        if (cleaned.length() > MAX_PHRASE) {
            throw new InvalidInput("phrase", "commentRule.error.phraseLength", MAX_PHRASE);
        }
        long id;
        try {
            id = jdbc.sql("""
                    insert into portal_comment_rule (site_id, phrase, match_diacritics, category, action, created_by)
                    values (:site, :phrase, :exact, :category, :action, :by) returning id""")
                    .param("site", site.id()).param("phrase", cleaned).param("exact", matchDiacritics)
                    .param("category", category.name()).param("action", action.name()).param("by", actor.accountId())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("phrase", "commentRule.error.duplicate", cleaned);
        }
        KeywordRule rule = find(site.id(), id);
        record("COMMENT_RULE_ADDED", rule, site, category + " " + action + (matchDiacritics ? " exact" : " folded"));
        return rule;
    }

    @Transactional
    public KeywordRule setActive(Actor actor, Site site, long ruleId, boolean active) {
        requireManage(actor, site);
        KeywordRule rule = find(site.id(), ruleId);
        jdbc.sql("update portal_comment_rule set active = :active where id = :id").param("active", active).param("id", ruleId).update();
        record(active ? "COMMENT_RULE_ENABLED" : "COMMENT_RULE_DISABLED", rule, site, null);
        return find(site.id(), ruleId);
    }

    @Transactional
    public void delete(Actor actor, Site site, long ruleId) {
        requireManage(actor, site);
        KeywordRule rule = find(site.id(), ruleId);
        jdbc.sql("delete from portal_comment_rule where id = :id").param("id", ruleId).update();
        record("COMMENT_RULE_DELETED", rule, site, null);
    }

    private KeywordRule find(long siteId, long ruleId) {
        return jdbc.sql("select * from portal_comment_rule where id = :id and site_id = :site")
                .param("id", ruleId).param("site", siteId).query((rs, n) -> rule(rs)).optional()
                .orElseThrow(() -> new NotFound("commentRule.error.notFound"));
    }

    /** Copies the defaults once per site; the marker row makes a second node (or a second read) skip it. */
    private void seed(long siteId) {
        int first = jdbc.sql("insert into portal_comment_rule_seeded (site_id) values (:site) on conflict do nothing")
                .param("site", siteId).update();
        if (first == 1) {
            jdbc.sql("""
                    insert into portal_comment_rule (site_id, phrase, match_diacritics, category, action)
                    select :site, phrase, match_diacritics, category, action from portal_comment_rule_default
                    on conflict do nothing""").param("site", siteId).update();
        }
    }

    private static void requireManage(Actor actor, Site site) {
        if (!mayManage(actor, site)) {
            throw new Forbidden("error.forbidden");
        }
    }

    private void record(String action, KeywordRule rule, Site site, String details) {
        audit.record(AuditEntry.of(action, "COMMENT_RULE", rule.id(), rule.phrase(), site.unitPath(), details));
    }

    private static KeywordRule rule(ResultSet rs) throws SQLException {
        return new KeywordRule(rs.getLong("id"), rs.getLong("site_id"), rs.getString("phrase"), rs.getBoolean("match_diacritics"),
                KeywordRule.Category.valueOf(rs.getString("category")), KeywordRule.Action.valueOf(rs.getString("action")),
                rs.getBoolean("active"));
    }
}
