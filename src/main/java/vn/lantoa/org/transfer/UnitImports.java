package vn.lantoa.org.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;

/**
 * Importing a tree file: upload and preview, then apply all or nothing in the background while the
 * page shows progress. The file is kept in the database so that preview and apply read the same bytes
 * on any instance.
 */
@Service
public class UnitImports {

    private static final Logger log = LoggerFactory.getLogger(UnitImports.class);
    private static final int PROGRESS_EVERY = 2_000;

    private final JdbcClient jdbc;
    private final UnitWriter writer;
    private final AuditLog audit;
    private final TaskExecutor executor;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;
    private final Clock clock;

    UnitImports(JdbcClient jdbc, UnitWriter writer, AuditLog audit, TaskExecutor executor,
                PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.audit = audit;
        this.executor = executor;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public record ImportJob(long id, long createdBy, Instant createdAt, String fileName, String status, int totalRows,
                            int processed, int createdUnits, int updatedUnits, String message, Instant finishedAt) {

        public boolean isRunning() {
            return "RUNNING".equals(status);
        }

        public int percent() {
            return totalRows == 0 ? 0 : Math.min(100, processed * 100 / totalRows);
        }
    }

    public record Preview(ImportJob job, ImportPlan plan) {
    }

    /** Stores the upload and works out what it would change. Nothing in the tree changes yet. */
    public Preview upload(Actor actor, String fileName, byte[] content) {
        Grant scope = actor.rootsFor(Role.ADMIN).stream().findFirst()
                .orElseThrow(() -> new Forbidden("import.error.forbidden"));
        List<UnitRow> rows = UnitFile.read(content);
        if (rows.isEmpty()) {
            throw new InvalidInput("file", "import.error.noRows");
        }
        ImportPlan plan = plan(actor, rows);
        long id = jdbc.sql("""
                insert into unit_import (created_by, file_name, content, scope_unit_id, total_rows)
                values (?, ?, ?, ?, ?) returning id
                """)
                .params(actor.accountId(), limit(fileName, 300), content, scope.unitId(), plan.changes().size())
                .query(Long.class).single();
        return new Preview(job(actor, id), plan);
    }

    public Preview preview(Actor actor, long id) {
        ImportJob job = job(actor, id);
        return new Preview(job, plan(actor, UnitFile.read(content(id))));
    }

    /** Checks the file again against the tree as it is now, then writes it in the background. */
    public ImportJob apply(Actor actor, long id) {
        ImportJob job = job(actor, id);
        if (!"PREVIEWED".equals(job.status())) {
            throw new InvalidInput("file", "import.error.alreadyApplied");
        }
        ImportPlan plan = plan(actor, UnitFile.read(content(id)));
        if (!plan.isApplicable()) {
            throw new InvalidInput("file", plan.problems().isEmpty() ? "import.error.nothingToDo" : "import.error.hasProblems",
                    plan.problems().size());
        }
        int claimed = jdbc.sql("update unit_import set status = 'RUNNING', total_rows = ?, processed = 0 where id = ? and status = 'PREVIEWED'")
                .params(plan.changes().size(), id).update();
        if (claimed == 0) {
            throw new InvalidInput("file", "import.error.alreadyApplied");
        }
        String scopePath = actor.rootsFor(Role.ADMIN).get(0).unitPath();
        executor.execute(new DelegatingSecurityContextRunnable(() -> write(id, job.fileName(), plan, scopePath)));
        return job(actor, id);
    }

    public ImportJob job(Actor actor, long id) {
        ImportJob job = jdbc.sql("""
                select id, created_by, created_at, file_name, status, total_rows, processed, created_units, updated_units,
                       message, finished_at
                from unit_import where id = ?
                """).param(id).query(ImportJob.class).optional()
                .orElseThrow(() -> new NotFound("import.error.notFound"));
        if (job.createdBy() != actor.accountId()) {
            throw new NotFound("import.error.notFound");
        }
        return job;
    }

    private void write(long id, String fileName, ImportPlan plan, String scopePath) {
        try {
            transaction.executeWithoutResult(status -> {
                writer.write(plan, done -> {
                    if (done % PROGRESS_EVERY == 0) {
                        separately.executeWithoutResult(s -> jdbc.sql("update unit_import set processed = ? where id = ?")
                                .params(done, id).update());
                    }
                });
                audit.record(AuditEntry.of("UNITS_IMPORTED", "IMPORT", id, fileName, scopePath,
                        "created=" + plan.creates() + ", updated=" + plan.updates() + ", moved=" + plan.moves()));
                jdbc.sql("""
                        update unit_import set status = 'DONE', processed = total_rows, created_units = ?, updated_units = ?,
                               finished_at = now(), content = ''::bytea where id = ?
                        """).params(plan.creates(), plan.updates(), id).update();
            });
        } catch (RuntimeException e) {
            log.error("Import {} failed; nothing was changed", id, e);
            separately.executeWithoutResult(s -> jdbc.sql(
                    "update unit_import set status = 'FAILED', message = ?, finished_at = now() where id = ?")
                    .params(limit(String.valueOf(e.getMessage()), 1000), id).update());
        }
    }

    private ImportPlan plan(Actor actor, List<UnitRow> rows) {
        return ImportPlan.of(rows, writer.existingByCode(), path -> actor.may(path, Role.ADMIN), LocalDate.now(clock));
    }

    private byte[] content(long id) {
        return jdbc.sql("select content from unit_import where id = ?").param(id).query(byte[].class).single();
    }

    private static String limit(String text, int length) {
        return text == null ? "" : text.length() <= length ? text : text.substring(0, length);
    }
}
