package vn.lantoa.channels.participation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.UnitRef;

/**
 * Who is a cadre. Every enabled account holding a staff role counts on its home unit: such accounts are
 * copied into {@code participation_cadre} (and kept in step: disabled, moved) whenever a figure is read,
 * so one table answers every count. Most branch heads, group leaders and core members have no login:
 * the unit officer keeps them in the unit's roster.
 */
@Service
@Transactional
public class CadreRoster {

    private static final String SELECT = """
            select c.id, c.unit_id, u.name as unit_name, c.account_id, c.full_name, c.position, c.phone, c.profile_url, c.profile_name,
                   c.active
            from participation_cadre c join unit u on u.id = c.unit_id""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CadreRoster(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Brings the staff accounts of a subtree into the roster, and the roster in step with the accounts. */
    public void syncAccounts(String subtreePath) {
        record Missing(long id, long homeUnitId, String fullName) {
        }
        List<Missing> missing = jdbc.sql("""
                        select a.id, a.home_unit_id, a.full_name from account a join unit u on u.id = a.home_unit_id
                        where a.enabled and u.path like :path || '%'
                          and exists (select 1 from role_grant g where g.account_id = a.id)
                          and not exists (select 1 from participation_cadre c where c.account_id = a.id)""")
                .param("path", subtreePath).query(Missing.class).list();
        for (Missing m : missing) {
            jdbc.sql("""
                            insert into participation_cadre (unit_id, account_id, full_name, name_key)
                            values (:unit, :account, :name, :key) on conflict (account_id) where account_id is not null do nothing""")
                    .param("unit", m.homeUnitId()).param("account", m.id()).param("name", m.fullName()).param("key", NameKey.of(m.fullName()))
                    .update();
        }
        jdbc.sql("""
                update participation_cadre c set active = a.enabled, unit_id = a.home_unit_id, updated_at = now()
                from account a where c.account_id = a.id and (c.active <> a.enabled or c.unit_id <> a.home_unit_id)""").update();
    }

    /** The caller as a cadre (their account on its home unit). */
    public Cadre forAccount(Actor actor) {
        Optional<Cadre> found = jdbc.sql(SELECT + " where c.account_id = :id").param("id", actor.accountId()).query(Cadre.class).optional();
        if (found.isPresent()) {
            return found.get();
        }
        String homePath = jdbc.sql("select u.path from account a join unit u on u.id = a.home_unit_id where a.id = :id")
                .param("id", actor.accountId()).query(String.class).single();
        syncAccounts(homePath);
        return jdbc.sql(SELECT + " where c.account_id = :id").param("id", actor.accountId()).query(Cadre.class).single();
    }

    public Cadre cadre(long id) {
        return jdbc.sql(SELECT + " where c.id = :id and c.active").param("id", id).query(Cadre.class).optional()
                .orElseThrow(() -> new NotFound("channels.participation.cadreNotFound"));
    }

    /** Adds a person to the unit's roster (the caller's right to edit the unit is checked by the caller). */
    public Map<String, DeclarationRules.Problem> add(Actor actor, UnitRef unit, RosterForm form) {
        Map<String, DeclarationRules.Problem> problems = new LinkedHashMap<>(RosterRules.check(form));
        if (!problems.isEmpty()) {
            return problems;
        }
        String name = VietnameseText.clean(form.fullName());
        Long id = insert(actor, unit, form);
        if (id == null) {
            problems.put("fullName", new DeclarationRules.Problem("channels.participation.roster.error.duplicate", name));
            return problems;
        }
        audit.record(AuditEntry.of("CHANNEL_ROSTER_ADDED", "participationCadre", id, name, unit.path(), null));
        return problems;
    }

    /** Writes a checked entry; its id, or null when the same person (unit, name, phone) is on the roster already. */
    Long insert(Actor actor, UnitRef unit, RosterForm form) {
        String name = VietnameseText.clean(form.fullName());
        String phone = RosterRules.phone(form.phone());
        Optional<ProfileLink> link = ProfileLink.parse(form.profile());
        Long id = jdbc.sql("""
                        insert into participation_cadre (unit_id, full_name, name_key, position, phone, profile_url, profile_key, created_by)
                        values (:unit, :name, :key, :position, :phone, :url, :profileKey, :by)
                        on conflict (unit_id, name_key, coalesce(phone, '')) where account_id is null
                        do update set active = true, position = excluded.position,
                                      profile_url = coalesce(excluded.profile_url, participation_cadre.profile_url),
                                      profile_key = coalesce(excluded.profile_key, participation_cadre.profile_key), updated_at = now()
                        where not participation_cadre.active
                        returning id""")
                .param("unit", unit.id()).param("name", name).param("key", NameKey.of(name))
                .param("position", blankToNull(VietnameseText.clean(form.position()))).param("phone", phone)
                .param("url", link.map(ProfileLink::url).orElse(null)).param("profileKey", link.map(ProfileLink::key).orElse(null))
                .param("by", actor.accountId()).query(Long.class).optional().orElse(null);
        return id;
    }

    /** Takes a roster entry off the roster (its history stays); accounts leave only when disabled. */
    public void remove(Actor actor, Cadre cadre, UnitRef unit) {
        if (cadre.hasAccount()) {
            throw new vn.lantoa.common.web.InvalidInput("cadre", "channels.participation.roster.error.account");
        }
        jdbc.sql("update participation_cadre set active = false, updated_at = now() where id = :id").param("id", cadre.id()).update();
        audit.record(AuditEntry.of("CHANNEL_ROSTER_REMOVED", "participationCadre", cadre.id(), cadre.fullName(), unit.path(),
                null));
    }

    /** Records how a cadre is known on Facebook, as they (or their officer) last declared it. */
    void updateProfile(long cadreId, ProfileLink link, String name) {
        if (link != null) {
            jdbc.sql("update participation_cadre set profile_url = :url, profile_key = :key, updated_at = now() where id = :id")
                    .param("url", link.url()).param("key", link.key()).param("id", cadreId).update();
        } else if (name != null) {
            jdbc.sql("update participation_cadre set profile_name = :name, updated_at = now() where id = :id")
                    .param("name", VietnameseText.clean(name)).param("id", cadreId).update();
        }
    }

    /** The active cadres of a province for matching: by profile key and by name key. */
    public List<MatchCandidate> candidates(String provincePath) {
        syncAccounts(provincePath);
        return jdbc.sql("""
                        select c.id, c.full_name, u.name as unit_name, c.name_key, c.profile_key,
                               coalesce(nullif(c.profile_name, ''), '') as profile_name
                        from participation_cadre c join unit u on u.id = c.unit_id
                        where c.active and u.path like :path || '%'""")
                .param("path", provincePath)
                .query((rs, n) -> new MatchCandidate(rs.getLong("id"), rs.getString("full_name"), rs.getString("unit_name"),
                        rs.getString("name_key"), rs.getString("profile_key"), NameKey.of(rs.getString("profile_name"))))
                .list();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
