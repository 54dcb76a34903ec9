package vn.lantoa.channels.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.accounts.AccountDirectory;
import vn.lantoa.accounts.AccountRef;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.security.SubtreeClause;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * The registry of the units' channels: who sees which (anyone with a role over the unit), who
 * registers and edits them (ADMIN, EDITOR or MODERATOR on the unit or above it; a UNIT_OFFICER for
 * their own unit and the units under it), the checks every channel passes ({@link ChannelAddress},
 * one registration per address, a launch date not in the future, admins holding a role over the
 * unit), optimistic locking on the version, and an audit entry for each change.
 */
@Service
@Transactional
public class ChannelRegistry {

    /** The roles that register and edit a unit's channels (on the unit or above it). */
    public static final Role[] MANAGERS = {Role.ADMIN, Role.EDITOR, Role.MODERATOR, Role.UNIT_OFFICER};
    public static final int MAX_NAME = 200;
    public static final int MAX_PURPOSE = 1000;
    private static final int OPTION_LIMIT = 30;

    private final JdbcClient jdbc;
    private final ChannelRegistryQueries queries;
    private final OrgDirectory org;
    private final AccountDirectory accounts;
    private final AuditLog audit;
    private final Clock clock;

    ChannelRegistry(JdbcClient jdbc, ChannelRegistryQueries queries, OrgDirectory org, AccountDirectory accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.org = org;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    // --- scope ---------------------------------------------------------------------------------------

    /** The subtree asked for (by default the first the caller sees); 404 for a unit the caller does not see. */
    @Transactional(readOnly = true)
    public UnitRef scope(Actor actor, Long unitId) {
        if (unitId == null) {
            Grant root = actor.visibleRoots().stream().findFirst().orElseThrow(() -> new Forbidden("error.forbidden"));
            return org.unit(root.unitId()).orElseThrow(() -> new NotFound("channels.registry.unitNotFound"));
        }
        return org.unit(unitId).filter(u -> actor.sees(u.path()))
                .orElseThrow(() -> new NotFound("channels.registry.unitNotFound"));
    }

    /** The outermost units the caller sees, for the subtree chooser. */
    @Transactional(readOnly = true)
    public List<UnitRef> roots(Actor actor) {
        return org.units(actor.visibleRoots().stream().map(Grant::unitId).toList()).stream()
                .sorted(java.util.Comparator.comparing(UnitRef::path)).toList();
    }

    public static boolean mayManage(Actor actor, String unitPath) {
        return actor.may(unitPath, MANAGERS);
    }

    /** Whether the caller registers channels anywhere (to show the buttons). */
    public static boolean managesAny(Actor actor) {
        return !actor.rootsFor(MANAGERS).isEmpty();
    }

    /** A channel of a unit the caller sees; 404 otherwise. */
    @Transactional(readOnly = true)
    public Channel channel(Actor actor, long id) {
        return queries.find(id).filter(c -> actor.sees(c.unitPath()))
                .orElseThrow(() -> new NotFound("channels.registry.notFound"));
    }

    /** A channel the caller may edit: 404 outside what they see, 403 where they see but may not edit. */
    @Transactional(readOnly = true)
    public Channel editable(Actor actor, long id) {
        Channel channel = channel(actor, id);
        if (!mayManage(actor, channel.unitPath())) {
            throw new Forbidden("error.forbidden");
        }
        return channel;
    }

    /** Active units where the caller registers channels whose name or code holds the text, diacritics optional. */
    @Transactional(readOnly = true)
    public List<UnitRef> unitOptions(Actor actor, String query) {
        String folded = VietnameseText.fold(query == null ? "" : query);
        if (folded.isBlank()) {
            return List.of();
        }
        SubtreeClause scope = SubtreeClause.of("path", actor.rootsFor(MANAGERS).stream().map(Grant::unitPath).toList());
        return jdbc.sql("""
                        select id, code, name, level, path, active from unit
                        where active and %s and (name_folded like :q escape '\\' or lower(code) like :q escape '\\')
                        order by (name_folded = :exact or lower(code) = :exact) desc, depth, name_folded limit :limit""".formatted(scope.sql()))
                .params(scope.params()).param("q", ChannelRegistryQueries.like(folded)).param("exact", folded).param("limit", OPTION_LIMIT)
                .query((rs, n) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3), UnitLevel.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    /** The accounts that may be named admins of a unit's channels: enabled, holding any role on the unit or above it. */
    @Transactional(readOnly = true)
    public List<AccountRef> eligibleAdmins(UnitRef unit) {
        return accounts.holdersOver(unit.path(), EnumSet.allOf(Role.class)).stream()
                .sorted(java.util.Comparator.comparing(AccountRef::fullName)).toList();
    }

    // --- changes -------------------------------------------------------------------------------------

    public long create(Actor actor, ChannelForm form) {
        Checked c = check(actor, form, 0);
        long id = insert(actor, c);
        audit.record(AuditEntry.of("channel.created", "channel", id, c.name(), c.unit().path(), c.describe()));
        return id;
    }

    public void update(Actor actor, long id, ChannelForm form) {
        Channel old = editable(actor, id);
        Checked c = check(actor, form, id);
        int changed = jdbc.sql("""
                update channel set unit_id = :unit, kind = :kind, name = :name, name_folded = :folded, url = :url, url_key = :key,
                       external_id = coalesce(:externalId, case when url_key = :key then external_id end), purpose = :purpose,
                       launched_on = :launched, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .params(c.params()).param("id", id).param("version", form.getVersion()).update();
        if (changed == 0) {
            throw new Conflict("version", "channels.error.stale");
        }
        writeAdmins(id, c.admins());
        String moved = old.unitId() == c.unit().id() ? "" : ", moved from unit " + old.unitId();
        audit.record(AuditEntry.of("channel.updated", "channel", id, c.name(), c.unit().path(), c.describe() + moved));
    }

    /** Switches a channel off (it stays in the registry, out of coverage); {@code version} null skips the lock. */
    public void deactivate(Actor actor, long id, Long version) {
        setActive(actor, id, version, false);
    }

    public void activate(Actor actor, long id, Long version) {
        setActive(actor, id, version, true);
    }

    private void setActive(Actor actor, long id, Long version, boolean active) {
        Channel channel = editable(actor, id);
        int changed = jdbc.sql("""
                update channel set active = :active, version = version + 1, updated_at = now()
                where id = :id and (cast(:version as bigint) is null or version = :version)""")
                .param("active", active).param("id", id).param("version", version).update();
        if (changed == 0) {
            throw new Conflict("version", "channels.error.stale");
        }
        audit.record(AuditEntry.of(active ? "channel.activated" : "channel.deactivated", "channel", id, channel.name(), channel.unitPath(), null));
    }

    /** Writes an imported row the import has checked: a new channel, or the channel already at that address. */
    void saveImported(Actor actor, UnitRef unit, ChannelKind kind, String name, ChannelAddress.Address address, String purpose,
                      LocalDate launchedOn, List<AdminList.Entry> admins, Long existingId, String fileName) {
        List<AdminRow> rows = admins.stream().map(a -> new AdminRow(null, a.name(), a.contact())).toList();
        Checked c = new Checked(unit, kind, VietnameseText.clean(name), address, blankToNull(purpose), launchedOn, rows);
        if (existingId == null) {
            long id = insert(actor, c);
            audit.record(AuditEntry.of("channel.created", "channel", id, c.name(), unit.path(), c.describe() + ", import " + fileName));
        } else {
            jdbc.sql("""
                    update channel set unit_id = :unit, kind = :kind, name = :name, name_folded = :folded, url = :url,
                           external_id = coalesce(:externalId, external_id), purpose = :purpose, launched_on = :launched, active = true,
                           version = version + 1, updated_at = now()
                    where id = :id""").params(c.params()).param("id", existingId).update();
            // accounts named as admins on the page stay; the file's people without an account replace the others
            jdbc.sql("delete from channel_admin where channel_id = :id and account_id is null").param("id", existingId).update();
            Set<String> kept = new java.util.HashSet<>(jdbc.sql("select name from channel_admin where channel_id = :id")
                    .param("id", existingId).query(String.class).list());
            insertAdmins(existingId, rows.stream().filter(r -> !kept.contains(r.name())).toList());
            audit.record(AuditEntry.of("channel.updated", "channel", existingId, c.name(), unit.path(), c.describe() + ", import " + fileName));
        }
    }

    private long insert(Actor actor, Checked c) {
        long id = jdbc.sql("""
                insert into channel (unit_id, kind, name, name_folded, url, url_key, external_id, purpose, launched_on, created_by)
                values (:unit, :kind, :name, :folded, :url, :key, :externalId, :purpose, :launched, :by) returning id""")
                .params(c.params()).param("by", actor == null ? null : actor.accountId()).query(Long.class).single();
        writeAdmins(id, c.admins());
        return id;
    }

    private void writeAdmins(long channelId, List<AdminRow> admins) {
        jdbc.sql("delete from channel_admin where channel_id = :id").param("id", channelId).update();
        insertAdmins(channelId, admins);
    }

    private void insertAdmins(long channelId, List<AdminRow> admins) {
        for (AdminRow a : admins) {
            jdbc.sql("insert into channel_admin (channel_id, account_id, name, contact) values (:c, :a, :n, :contact) on conflict do nothing")
                    .param("c", channelId).param("a", a.accountId()).param("n", a.name()).param("contact", a.contact()).update();
        }
    }

    // --- checks --------------------------------------------------------------------------------------

    private record AdminRow(Long accountId, String name, String contact) {
    }

    private record Checked(UnitRef unit, ChannelKind kind, String name, ChannelAddress.Address address, String purpose, LocalDate launchedOn,
                           List<AdminRow> admins) {

        Map<String, Object> params() {
            Map<String, Object> p = new HashMap<>();
            p.put("unit", unit.id());
            p.put("kind", kind.name());
            p.put("name", name);
            p.put("folded", VietnameseText.fold(name).length() > MAX_NAME ? VietnameseText.fold(name).substring(0, MAX_NAME) : VietnameseText.fold(name));
            p.put("url", address.url());
            p.put("key", address.key());
            p.put("externalId", address.externalId());
            p.put("purpose", purpose);
            p.put("launched", launchedOn);
            return p;
        }

        String describe() {
            return kind + ", " + address.url() + ", unit " + unit.code() + (launchedOn == null ? "" : ", launched " + launchedOn)
                    + ", admins " + admins.stream().map(AdminRow::name).collect(Collectors.joining("; "));
        }
    }

    private Checked check(Actor actor, ChannelForm form, long id) {
        List<ChannelRefused.Problem> problems = new ArrayList<>();
        UnitRef unit = null;
        if (form.getUnitId() == null) {
            problems.add(new ChannelRefused.Problem("unitId", "channels.error.unit.required"));
        } else {
            unit = org.unit(form.getUnitId()).orElse(null);
            if (unit == null || !mayManage(actor, unit.path())) {
                problems.add(new ChannelRefused.Problem("unitId", "channels.error.unit.outside"));
                unit = null;
            } else if (!unit.active()) {
                problems.add(new ChannelRefused.Problem("unitId", "channels.error.unit.inactive"));
            }
        }
        ChannelKind kind = form.getKind();
        if (kind == null) {
            problems.add(new ChannelRefused.Problem("kind", "channels.error.kind.required"));
        }
        String name = VietnameseText.clean(form.getName());
        if (name.isEmpty()) {
            problems.add(new ChannelRefused.Problem("name", "channels.error.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new ChannelRefused.Problem("name", "channels.error.name.long", MAX_NAME));
        }
        ChannelAddress.Address address = null;
        boolean conflict = false;
        if (kind != null) {
            try {
                address = ChannelAddress.of(kind, form.getUrl());
                Optional<ChannelRegistryQueries.Holder> holder = queries.holderOf(address.key()).filter(h -> h.id() != id);
                if (holder.isPresent()) {
                    problems.add(new ChannelRefused.Problem("url", "channels.error.url.taken", holder.get().unitName(), holder.get().name()));
                    conflict = true;
                }
            } catch (ChannelAddress.Refused e) {
                problems.add(new ChannelRefused.Problem("url", e.messageKey(), addressArgs(e)));
            }
        }
        String purpose = form.getPurpose().strip();
        if (purpose.length() > MAX_PURPOSE) {
            problems.add(new ChannelRefused.Problem("purpose", "channels.error.purpose.long", MAX_PURPOSE));
        }
        LocalDate launched = null;
        if (!form.getLaunchedOn().isBlank()) {
            launched = LaunchDate.parse(form.getLaunchedOn()).orElse(null);
            if (launched == null) {
                problems.add(new ChannelRefused.Problem("launchedOn", "channels.error.launched.format", form.getLaunchedOn().strip()));
            } else if (launched.isAfter(LocalDate.now(clock))) {
                problems.add(new ChannelRefused.Problem("launchedOn", "channels.error.launched.future", launched.format(DAY)));
            }
        }
        List<AdminRow> admins = new ArrayList<>();
        List<Long> accountIds = form.getAdminAccountIds().stream().filter(Objects::nonNull).distinct().toList();
        if (!accountIds.isEmpty() && unit != null) {
            Map<Long, AccountRef> eligible = eligibleAdmins(unit).stream().collect(Collectors.toMap(AccountRef::id, a -> a, (a, b) -> a));
            if (!eligible.keySet().containsAll(accountIds)) {
                problems.add(new ChannelRefused.Problem("adminAccountIds", "channels.error.admins.account"));
            } else {
                accountIds.forEach(a -> admins.add(new AdminRow(a, eligible.get(a).fullName(), null)));
            }
        }
        List<AdminList.Entry> others = AdminList.parse(form.getOtherAdmins());
        List<String> tooLong = AdminList.tooLong(others);
        if (!tooLong.isEmpty()) {
            problems.add(new ChannelRefused.Problem("otherAdmins", "channels.error.admins.long", tooLong.get(0)));
        }
        Set<String> taken = new LinkedHashSet<>(admins.stream().map(AdminRow::name).toList());
        others.stream().filter(o -> taken.add(o.name())).forEach(o -> admins.add(new AdminRow(null, o.name(), o.contact())));
        if (!problems.isEmpty()) {
            throw new ChannelRefused(problems, conflict && problems.size() == 1);
        }
        return new Checked(unit, kind, name, address, purpose.isEmpty() ? null : purpose, launched, admins);
    }

    static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The arguments of an address refusal: the kind wanted ("một Fanpage"), its page word, an example, the detail, the real kind. */
    public static Object[] addressArgs(ChannelAddress.Refused e) {
        ChannelKind kind = e.kind();
        Object detail = e.actualKind() != null ? resolvable("channels.kind.a." + e.actualKind().name()) : e.detail();
        return new Object[] {resolvable("channels.kind.a." + kind.name()), resolvable("channels.kind.page." + kind.name()),
            resolvable("channels.kind.example." + kind.name()), detail,
            e.actualKind() == null ? "" : resolvable(e.actualKind().messageKey())};
    }

    private static DefaultMessageSourceResolvable resolvable(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
