package vn.lantoa.channels.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.UnitRef;

/**
 * Importing a provincial page's interaction list for a month: the upload is kept and previewed (matched
 * cadres, unmatched, ambiguous, repeated and bad rows), then confirmed. Confirming replaces whatever an
 * earlier list recorded for the same page and month, so importing a period again never adds.
 */
@Service
@Transactional
public class InteractionImports {

    public record Job(long id, long createdBy, Instant createdAt, long channelId, LocalDate month, String fileName, String status,
                      Integer matchedCount) {

        public boolean applied() {
            return "APPLIED".equals(status);
        }

        public YearMonth period() {
            return YearMonth.from(month);
        }
    }

    public record Preview(Job job, ChannelRef page, InteractionPlan plan) {
    }

    private final JdbcClient jdbc;
    private final CadreRoster roster;
    private final ProvincePages pages;
    private final ParticipationAccess access;
    private final Declarations declarations;
    private final AuditLog audit;

    InteractionImports(JdbcClient jdbc, CadreRoster roster, ProvincePages pages, ParticipationAccess access, Declarations declarations,
                       AuditLog audit) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.pages = pages;
        this.access = access;
        this.declarations = declarations;
        this.audit = audit;
    }

    /** The provincial pages whose lists the caller may import. */
    @Transactional(readOnly = true)
    public List<ChannelRef> importablePages(Actor actor) {
        return actor.rootsFor(ParticipationAccess.IMPORT).stream()
                .flatMap(g -> pages.forUnit(g.unitId()).stream())
                .filter(p -> access.mayImport(actor, unitPath(p.unitId())))
                .distinct().toList();
    }

    /** Reads and keeps the upload; nothing is recorded yet. */
    public long upload(Actor actor, Long channelId, String monthText, String fileName, byte[] content) {
        ChannelRef page = importable(actor, channelId);
        YearMonth month = month(monthText);
        List<InteractionFile.Entry> rows = InteractionFile.read(content);
        if (rows.isEmpty()) {
            throw new InvalidInput("file", "channels.file.noRows");
        }
        return jdbc.sql("""
                        insert into participation_import (created_by, channel_id, month, file_name, content)
                        values (:by, :channel, :month, :name, :content) returning id""")
                .param("by", actor.accountId()).param("channel", page.id()).param("month", month.atDay(1))
                .param("name", fileName == null ? "" : fileName.length() > 300 ? fileName.substring(0, 300) : fileName)
                .param("content", content).query(Long.class).single();
    }

    public Preview preview(Actor actor, long id) {
        Job job = job(actor, id);
        ChannelRef page = pages.page(job.channelId()).orElseThrow(() -> new NotFound("channels.participation.import.notFound"));
        InteractionPlan plan = job.applied() ? null : plan(page, job.period(), content(id));
        return new Preview(job, page, plan);
    }

    /** Records the matched cadres' totals in place of the page's earlier imported figures for the month. */
    public Job confirm(Actor actor, long id) {
        Job job = job(actor, id);
        ChannelRef page = importable(actor, job.channelId());
        int claimed = jdbc.sql("update participation_import set status = 'APPLIED', applied_at = now() where id = :id and status = 'PREVIEWED'")
                .param("id", id).update();
        if (claimed == 0) {
            throw new InvalidInput("file", "channels.participation.import.error.applied");
        }
        InteractionPlan plan = plan(page, job.period(), content(id));
        jdbc.sql("delete from participation_month where channel_id = :channel and month = :month and source = 'IMPORTED'")
                .param("channel", page.id()).param("month", job.month()).update();
        for (InteractionPlan.Total total : plan.totals()) {
            jdbc.sql("""
                            insert into participation_month (cadre_id, channel_id, month, source, follows, interactions, import_id, recorded_by)
                            values (:cadre, :channel, :month, 'IMPORTED', true, :count, :import, :by)""")
                    .param("cadre", total.cadre().id()).param("channel", page.id()).param("month", job.month())
                    .param("count", (int) total.interactions()).param("import", id).param("by", actor.accountId()).update();
        }
        jdbc.sql("update participation_import set matched_count = :n, content = ''::bytea where id = :id")
                .param("n", plan.totals().size()).param("id", id).update();
        audit.record(AuditEntry.of("CHANNEL_PARTICIPATION_IMPORTED", "channel", page.id(), page.name(), unitPath(page.unitId()),
                "month=" + job.period() + ", cadres=" + plan.totals().size() + ", unmatched=" + plan.count(InteractionPlan.Outcome.UNMATCHED)
                        + ", ambiguous=" + plan.count(InteractionPlan.Outcome.AMBIGUOUS) + ", errors=" + plan.count(InteractionPlan.Outcome.ERROR)));
        return job(actor, id);
    }

    public Job job(Actor actor, long id) {
        Job job = jdbc.sql("""
                        select id, created_by, created_at, channel_id, month, file_name, status, matched_count
                        from participation_import where id = :id""")
                .param("id", id).query(Job.class).optional()
                .orElseThrow(() -> new NotFound("channels.participation.import.notFound"));
        if (job.createdBy() != actor.accountId()) {
            throw new NotFound("channels.participation.import.notFound");
        }
        return job;
    }

    private InteractionPlan plan(ChannelRef page, YearMonth month, byte[] content) {
        UnitRef province = pages.provinceOf(page.unitId()).orElseThrow(() -> new NotFound("channels.participation.import.notFound"));
        return InteractionPlan.of(InteractionFile.read(content), month, roster.candidates(province.path()));
    }

    private ChannelRef importable(Actor actor, Long channelId) {
        if (channelId == null) {
            throw new InvalidInput("channelId", "channels.participation.import.error.noPage");
        }
        ChannelRef page = pages.page(channelId).orElseThrow(() -> new InvalidInput("channelId", "channels.participation.import.error.noPage"));
        String path = unitPath(page.unitId());
        if (!actor.sees(path)) {
            throw new NotFound("channels.participation.import.notFound");
        }
        if (!access.mayImport(actor, path)) {
            throw new Forbidden("error.forbidden");
        }
        return page;
    }

    private YearMonth month(String text) {
        return DeclarationRules.month(text, declarations.currentMonth());
    }

    private String unitPath(long unitId) {
        return jdbc.sql("select path from unit where id = :id").param("id", unitId).query(String.class).single();
    }

    private byte[] content(long id) {
        return jdbc.sql("select content from participation_import where id = :id").param("id", id).query(byte[].class).single();
    }
}
