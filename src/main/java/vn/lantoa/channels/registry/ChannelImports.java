package vn.lantoa.channels.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;

/**
 * Importing a channel file: upload and preview (the file is kept in the database, so preview and
 * confirmation read the same bytes on any instance), then the good rows are written, each through the
 * registry with its audit entry. The rows are checked again at confirmation against the registry as
 * it is then; a file imported twice changes nothing the second time.
 */
@Service
@Transactional
public class ChannelImports {

    private final JdbcClient jdbc;
    private final ChannelRegistry registry;
    private final ChannelRegistryQueries queries;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    ChannelImports(JdbcClient jdbc, ChannelRegistry registry, ChannelRegistryQueries queries, OrgDirectory org, AuditLog audit,
                   MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.queries = queries;
        this.org = org;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public record ImportJob(long id, long createdBy, Instant createdAt, String fileName, String status, Integer createdCount,
                            Integer updatedCount) {

        public boolean applied() {
            return "APPLIED".equals(status);
        }
    }

    public record Preview(ImportJob job, ChannelImportPlan plan) {
    }

    /** Stores the upload and works out what it would do. Nothing in the registry changes yet. */
    public Preview upload(Actor actor, String fileName, byte[] content) {
        requireManager(actor);
        List<ChannelFile.ChannelRow> rows = read(content);
        if (rows.isEmpty()) {
            throw new InvalidInput("file", "channels.import.error.noRows");
        }
        ChannelImportPlan plan = plan(actor, rows);
        long id = jdbc.sql("insert into channel_import (created_by, file_name, content) values (:by, :name, :content) returning id")
                .param("by", actor.accountId()).param("name", limit(fileName == null ? "" : fileName, 300)).param("content", content)
                .query(Long.class).single();
        return new Preview(job(actor, id), plan);
    }

    @Transactional(readOnly = true)
    public Preview preview(Actor actor, long id) {
        ImportJob job = job(actor, id);
        return new Preview(job, job.applied() ? null : plan(actor, read(content(id))));
    }

    /** Writes the good rows of a previewed file; returns the job with its counts. */
    public ImportJob apply(Actor actor, long id) {
        requireManager(actor);
        ImportJob job = job(actor, id);
        int claimed = jdbc.sql("update channel_import set status = 'APPLIED', applied_at = now() where id = :id and status = 'PREVIEWED'")
                .param("id", id).update();
        if (claimed == 0) {
            throw new InvalidInput("file", "channels.import.error.applied");
        }
        ChannelImportPlan plan = plan(actor, read(content(id)));
        int created = 0;
        int updated = 0;
        for (ChannelImportPlan.Line line : plan.lines()) {
            if (!line.applies()) {
                continue;
            }
            registry.saveImported(actor, line.unit(), line.kind(), line.name(), line.address(), line.purpose(), line.launchedOn(), line.admins(),
                    line.existingId(), job.fileName());
            if (line.outcome() == ChannelImportPlan.Outcome.NEW) {
                created++;
            } else {
                updated++;
            }
        }
        jdbc.sql("update channel_import set created_count = :c, updated_count = :u, content = ''::bytea where id = :id")
                .param("c", created).param("u", updated).param("id", id).update();
        audit.record(AuditEntry.of("channels.imported", "channelImport", id, job.fileName(),
                actor.rootsFor(ChannelRegistry.MANAGERS).get(0).unitPath(),
                "created=" + created + ", updated=" + updated + ", unchanged=" + plan.count(ChannelImportPlan.Outcome.UNCHANGED)
                        + ", errors=" + plan.count(ChannelImportPlan.Outcome.ERROR)));
        return job(actor, id);
    }

    @Transactional(readOnly = true)
    public ImportJob job(Actor actor, long id) {
        ImportJob job = jdbc.sql("""
                        select id, created_by, created_at, file_name, status, created_count, updated_count
                        from channel_import where id = :id""")
                .param("id", id).query(ImportJob.class).optional()
                .orElseThrow(() -> new NotFound("channels.import.error.notFound"));
        if (job.createdBy() != actor.accountId()) {
            throw new NotFound("channels.import.error.notFound");
        }
        return job;
    }

    private static void requireManager(Actor actor) {
        if (!ChannelRegistry.managesAny(actor)) {
            throw new Forbidden("error.forbidden");
        }
    }

    /** Reads the file; a missing column is named in the reader's language. */
    private List<ChannelFile.ChannelRow> read(byte[] content) {
        try {
            return ChannelFile.read(content);
        } catch (ChannelFile.MissingColumns e) {
            String names = e.columns().stream()
                    .map(c -> messages.getMessage(c.messageKey(), null, c.name(), LocaleContextHolder.getLocale()))
                    .collect(Collectors.joining(", "));
            throw new InvalidInput("file", "channels.import.error.missingColumns", names);
        }
    }

    private ChannelImportPlan plan(Actor actor, List<ChannelFile.ChannelRow> rows) {
        return ChannelImportPlan.of(rows, org::unitByCode, path -> ChannelRegistry.mayManage(actor, path), this::existing,
                LocalDate.now(clock));
    }

    private Map<String, ChannelImportPlan.Existing> existing(Set<String> keys) {
        Map<String, ChannelImportPlan.Existing> byKey = new HashMap<>();
        List<ChannelRegistryQueries.Holder> holders = queries.holdersOf(keys);
        Map<Long, List<Channel.Admin>> admins = queries.adminsOf(holders.stream().map(ChannelRegistryQueries.Holder::id).toList());
        for (ChannelRegistryQueries.Holder h : holders) {
            List<Channel.Admin> list = admins.getOrDefault(h.id(), List.of());
            byKey.put(h.urlKey(), new ChannelImportPlan.Existing(h.id(), h.name(), h.unitId(), h.unitName(), h.unitPath(), h.kind(),
                    h.purpose(), h.launchedOn(), h.active(),
                    list.stream().filter(a -> a.accountId() == null).map(a -> new AdminList.Entry(a.name(), a.contact())).toList(),
                    list.stream().filter(a -> a.accountId() != null).map(Channel.Admin::name).collect(Collectors.toSet())));
        }
        return byKey;
    }

    private byte[] content(long id) {
        return jdbc.sql("select content from channel_import where id = :id").param("id", id).query(byte[].class).single();
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
