package vn.lantoa.channels.participation;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.org.UnitRef;

/**
 * Self-declaration: a cadre says they follow a provincial page with their profile and roughly how many
 * times they interacted with it in a month; a unit officer says it for the members of the unit's roster.
 * A new declaration of the same month and page replaces the earlier one.
 */
@Service
@Transactional
public class Declarations {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final CadreRoster roster;
    private final ProvincePages pages;
    private final ParticipationAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Declarations(JdbcClient jdbc, CadreRoster roster, ProvincePages pages, ParticipationAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.pages = pages;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(VIETNAM));
    }

    /** Who the declaration is for: the caller, or a cadre of a unit the caller keeps the roster of (404/403 otherwise). */
    @Transactional
    public Cadre subject(Actor actor, Long cadreId) {
        if (cadreId == null) {
            return roster.forAccount(actor);
        }
        Cadre cadre = roster.cadre(cadreId);
        access.editable(actor, cadre.unitId());
        return cadre;
    }

    public List<ChannelRef> pagesFor(Cadre cadre) {
        return pages.forUnit(cadre.unitId());
    }

    /** Checks and saves; the checked form tells what was refused (nothing is saved then). */
    public DeclarationRules.Checked declare(Actor actor, Cadre cadre, DeclarationForm form) {
        List<Long> pageIds = pagesFor(cadre).stream().map(ChannelRef::id).toList();
        DeclarationRules.Checked checked = DeclarationRules.check(form, pageIds, currentMonth());
        if (!checked.ok()) {
            return checked;
        }
        roster.updateProfile(cadre.id(), checked.link(), checked.profileName());
        jdbc.sql("""
                        insert into participation_month (cadre_id, channel_id, month, source, follows, interactions, recorded_by)
                        values (:cadre, :channel, :month, 'DECLARED', true, :count, :by)
                        on conflict (cadre_id, channel_id, month, source)
                        do update set follows = true, interactions = excluded.interactions, recorded_by = excluded.recorded_by,
                                      recorded_at = now()""")
                .param("cadre", cadre.id()).param("channel", checked.channelId()).param("month", checked.month().atDay(1))
                .param("count", checked.interactions()).param("by", actor.accountId()).update();
        String path = jdbc.sql("select path from unit where id = :id").param("id", cadre.unitId()).query(String.class).single();
        audit.record(AuditEntry.of("CHANNEL_PARTICIPATION_DECLARED", "participationCadre", cadre.id(), cadre.fullName(), path,
                "month=" + checked.month() + ", channel=" + checked.channelId() + ", interactions=" + checked.interactions()));
        return checked;
    }

    /** The caller's unit's roster members they may declare for. */
    public boolean mayDeclareFor(Actor actor, UnitRef unit) {
        return access.mayEdit(actor, unit);
    }
}
