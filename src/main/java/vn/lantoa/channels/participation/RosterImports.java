package vn.lantoa.channels.participation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * Importing a unit's roster from .xlsx or CSV: upload and preview (new people, people already on the
 * roster, repeated and bad rows), then confirmation adds the new ones. The same file twice adds nobody
 * the second time. Whoever keeps the unit's roster (ADMIN or UNIT_OFFICER over it) may import it.
 */
@Service
@Transactional
public class RosterImports {

    public record Job(long id, long createdBy, Instant createdAt, long unitId, String fileName, String status, Integer addedCount) {

        public boolean applied() {
            return "APPLIED".equals(status);
        }
    }

    public record Preview(Job job, UnitRef unit, RosterPlan plan) {
    }

    private final JdbcClient jdbc;
    private final CadreRoster roster;
    private final ParticipationAccess access;
    private final OrgDirectory org;
    private final AuditLog audit;

    RosterImports(JdbcClient jdbc, CadreRoster roster, ParticipationAccess access, OrgDirectory org, AuditLog audit) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.access = access;
        this.org = org;
        this.audit = audit;
    }

    public long upload(Actor actor, long unitId, String fileName, byte[] content) {
        UnitRef unit = access.editable(actor, unitId);
        if (RosterFile.read(content).isEmpty()) {
            throw new InvalidInput("file", "channels.file.noRows");
        }
        return jdbc.sql("""
                        insert into participation_roster_import (created_by, unit_id, file_name, content)
                        values (:by, :unit, :name, :content) returning id""")
                .param("by", actor.accountId()).param("unit", unit.id())
                .param("name", fileName == null ? "" : fileName.length() > 300 ? fileName.substring(0, 300) : fileName)
                .param("content", content).query(Long.class).single();
    }

    public Preview preview(Actor actor, long id) {
        Job job = job(actor, id);
        UnitRef unit = access.editable(actor, job.unitId());
        return new Preview(job, unit, job.applied() ? null : plan(unit, content(id)));
    }

    public Job confirm(Actor actor, long id) {
        Job job = job(actor, id);
        UnitRef unit = access.editable(actor, job.unitId());
        int claimed = jdbc.sql("update participation_roster_import set status = 'APPLIED', applied_at = now() where id = :id and status = 'PREVIEWED'")
                .param("id", id).update();
        if (claimed == 0) {
            throw new InvalidInput("file", "channels.participation.import.error.applied");
        }
        RosterPlan plan = plan(unit, content(id));
        int added = 0;
        for (RosterPlan.Line line : plan.lines()) {
            if (line.outcome() == RosterPlan.Outcome.NEW && roster.insert(actor, line.unit(), line.form()) != null) {
                added++;
            }
        }
        jdbc.sql("update participation_roster_import set added_count = :n, content = ''::bytea where id = :id")
                .param("n", added).param("id", id).update();
        audit.record(AuditEntry.of("CHANNEL_ROSTER_IMPORTED", "unit", unit.id(), unit.name(), unit.path(), "file=" + job.fileName()
                + ", added=" + added + ", unchanged=" + plan.count(RosterPlan.Outcome.UNCHANGED) + ", errors=" + plan.count(RosterPlan.Outcome.ERROR)));
        return job(actor, id);
    }

    public Job job(Actor actor, long id) {
        Job job = jdbc.sql("""
                        select id, created_by, created_at, unit_id, file_name, status, added_count
                        from participation_roster_import where id = :id""")
                .param("id", id).query(Job.class).optional()
                .orElseThrow(() -> new NotFound("channels.participation.import.notFound"));
        if (job.createdBy() != actor.accountId()) {
            throw new NotFound("channels.participation.import.notFound");
        }
        return job;
    }

    private RosterPlan plan(UnitRef unit, byte[] content) {
        Set<String> existing = new HashSet<>();
        jdbc.sql("""
                        select c.unit_id, c.full_name, c.phone from participation_cadre c join unit u on u.id = c.unit_id
                        where c.account_id is null and c.active and u.path like :path || '%'""")
                .param("path", unit.path())
                .query((rs, n) -> existing.add(RosterPlan.key(rs.getLong(1), rs.getString(2), rs.getString(3)))).list();
        List<RosterFile.Entry> rows = RosterFile.read(content);
        return RosterPlan.of(rows, unit, org::unitByCode, existing);
    }

    private byte[] content(long id) {
        return jdbc.sql("select content from participation_roster_import where id = :id").param("id", id).query(byte[].class).single();
    }
}
