package vn.lantoa.channels.audience.imports;

import vn.lantoa.channels.registry.ChannelAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.channels.AudienceSource;
import vn.lantoa.channels.audience.AudienceFigure;
import vn.lantoa.channels.audience.AudienceRecords;
import vn.lantoa.channels.audience.FigureInput;
import vn.lantoa.channels.audience.FigureProblem;
import vn.lantoa.channels.audience.FigureRules;
import vn.lantoa.channels.audience.WhoEnters;
import vn.lantoa.channels.audience.imports.ImportPlan.PlannedRow;
import vn.lantoa.channels.audience.imports.ImportPlan.Status;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.SubtreeClause;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;

/**
 * Importing an audience file: upload and preview (each row new, replaced, unchanged or an error with
 * its reason), then confirm, which writes the good rows only (source IMPORT). The plan is made again
 * from the stored file at confirmation, against the figures as they are then; a file imported twice
 * finds every row unchanged the second time.
 */
@Service
public class AudienceImports {

    private final JdbcClient jdbc;
    private final AudienceRecords records;
    private final AuditLog audit;
    private final Clock clock;

    AudienceImports(JdbcClient jdbc, AudienceRecords records, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    public record ImportFile(long id, long createdBy, Instant createdAt, String fileName, String status, Integer written) {

        public boolean applied() {
            return "APPLIED".equals(status);
        }
    }

    public record Preview(ImportFile file, ImportPlan plan) {
    }

    /** A channel the caller may record for, as the file may name it. */
    record Target(long id, long unitId, String unitPath, String name, String url, String urlKey, LocalDate launchedOn) {
    }

    public Preview upload(Actor actor, String fileName, byte[] content) {
        if (!WhoEnters.recordsSomewhere(actor)) {
            throw new Forbidden("audience.error.forbidden");
        }
        List<AudienceFile.Line> lines = AudienceFile.read(content);
        if (lines.isEmpty()) {
            throw new InvalidInput("file", "audience.import.error.noRows");
        }
        long id = jdbc.sql("insert into channel_audience_import (created_by, file_name, content) values (?, ?, ?) returning id")
                .params(actor.accountId(), fileName == null || fileName.isBlank() ? "tep.csv" : limit(fileName, 300), content)
                .query(Long.class).single();
        return new Preview(file(actor, id), plan(actor, lines));
    }

    public Preview preview(Actor actor, long id) {
        ImportFile file = file(actor, id);
        return new Preview(file, file.applied() ? new ImportPlan(List.of()) : plan(actor, AudienceFile.read(content(id))));
    }

    /** Writes the good rows of the file and returns how many figures were written. */
    @Transactional
    public int apply(Actor actor, long id) {
        ImportFile file = file(actor, id);
        if (file.applied()) {
            throw new InvalidInput("file", "audience.import.error.alreadyApplied");
        }
        ImportPlan plan = plan(actor, AudienceFile.read(content(id)));
        int written = 0;
        for (PlannedRow row : plan.toWrite()) {
            if (records.write(row.channelId(), row.figure(), AudienceSource.IMPORT, actor.accountId()) != AudienceRecords.Outcome.UNCHANGED) {
                written++;
            }
        }
        int claimed = jdbc.sql("""
                update channel_audience_import set status = 'APPLIED', applied_at = now(), written = ?, content = ''::bytea
                where id = ? and status = 'PREVIEWED'""").params(written, id).update();
        if (claimed == 0) {
            throw new InvalidInput("file", "audience.import.error.alreadyApplied");
        }
        audit.record(AuditEntry.of("CHANNEL_AUDIENCE_IMPORTED", "CHANNEL_AUDIENCE_IMPORT", id, file.fileName(),
                actor.rootsFor(WhoEnters.recorderRoles()).stream().findFirst().map(Grant::unitPath)
                        .orElseGet(() -> actor.grants().get(0).unitPath()),
                "written=" + written + ", unchanged=" + plan.count(Status.UNCHANGED) + ", errors=" + plan.count(Status.ERROR)));
        return written;
    }

    public ImportFile file(Actor actor, long id) {
        ImportFile file = jdbc.sql("select id, created_by, created_at, file_name, status, written from channel_audience_import where id = ?")
                .param(id).query((rs, n) -> new ImportFile(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5), (Integer) rs.getObject(6)))
                .optional().orElseThrow(() -> new NotFound("audience.import.error.notFound"));
        if (file.createdBy() != actor.accountId()) {
            throw new NotFound("audience.import.error.notFound");
        }
        return file;
    }

    private byte[] content(long id) {
        return jdbc.sql("select content from channel_audience_import where id = ?").param(id).query(byte[].class).single();
    }

    ImportPlan plan(Actor actor, List<AudienceFile.Line> lines) {
        Map<String, Target> byKey = new HashMap<>();
        Map<Long, Target> byId = new HashMap<>();
        for (Target t : targets(actor)) {
            byId.put(t.id(), t);
            if (t.urlKey() != null) {
                byKey.putIfAbsent(t.urlKey(), t);
            }
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> seen = new HashMap<>();
        List<PlannedRow> rows = new ArrayList<>();
        for (AudienceFile.Line line : lines) {
            Target target = find(line.channel(), byId, byKey);
            if (target == null) {
                rows.add(error(line, null, line.channel().isBlank() ? "audience.import.row.noChannel" : "audience.import.row.unknownChannel",
                        line.channel()));
                continue;
            }
            FigureRules.Checked checked = FigureRules.check(new FigureInput(line.day(), line.audience(), line.nonMembers(),
                    line.womenPercent()), null, today, target.launchedOn());
            if (!checked.isValid()) {
                FigureProblem p = checked.problems().get(0);
                rows.add(error(line, target, p.messageKey(), p.args()));
                continue;
            }
            AudienceFigure figure = checked.figure().orElseThrow();
            Integer firstLine = seen.putIfAbsent(target.id() + "@" + figure.day(), line.line());
            if (firstLine != null) {
                rows.add(error(line, target, "audience.import.row.duplicate", firstLine));
                continue;
            }
            Optional<AudienceRecords.Entry> there = records.on(target.id(), figure.day());
            Status status = there.isEmpty() ? Status.NEW : AudienceRecords.same(there.get(), figure) ? Status.UNCHANGED : Status.REPLACED;
            rows.add(new PlannedRow(line.line(), line.channel(), target.id(), target.name(), line.day(), line.audience(), figure, status,
                    null, new Object[0]));
        }
        return new ImportPlan(rows);
    }

    private static Target find(String text, Map<Long, Target> byId, Map<String, Target> byKey) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("\\d{1,18}")) {
            Target target = byId.get(Long.valueOf(t));
            if (target != null) {
                return target;
            }
        }
        return ChannelAddress.keyOfAny(t).map(byKey::get).orElse(null);
    }

    private static PlannedRow error(AudienceFile.Line line, Target target, String key, Object... args) {
        return new PlannedRow(line.line(), line.channel(), target == null ? null : target.id(), target == null ? null : target.name(),
                line.day(), line.audience(), null, Status.ERROR, key, args);
    }

    /** The active channels the caller records for: those of their subtrees, kept when {@link WhoEnters#records} says so. */
    private List<Target> targets(Actor actor) {
        List<String> roots = actor.visibleRoots().stream().map(Grant::unitPath).toList();
        SubtreeClause scope = SubtreeClause.of("u.path", roots);
        return jdbc.sql("""
                select c.id, c.unit_id, u.path, c.name, c.url, c.url_key, c.launched_on
                from channel c join unit u on u.id = c.unit_id where c.active and """ + scope.sql())
                .params(scope.params())
                .query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate()))
                .list().stream().filter(t -> WhoEnters.records(actor, t.unitId(), t.unitPath())).toList();
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
