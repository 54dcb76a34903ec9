package vn.lantoa.channels.posts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.imports.CsvTable;
import vn.lantoa.channels.imports.DecodedText;
import vn.lantoa.channels.imports.HeaderAliases;
import vn.lantoa.channels.posts.importing.PageDailySeries;
import vn.lantoa.channels.posts.importing.PostExport;
import vn.lantoa.channels.posts.importing.RowProblem;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;

/**
 * Importing a page's Business Suite exports: the upload is read, checked and its good rows staged
 * (with COPY, {@link PostStaging}); the preview counts against the stored posts what would be
 * new, updated or unchanged; the confirmation writes the staged rows with one {@code insert … on
 * conflict do update} (lifetime totals replace the stored ones, so importing a file twice changes
 * nothing the second time), then links the posts to the portal stories they share, in SQL.
 */
@Service
public class PostImports {

    /** Bad rows kept with an import for its report; the count says how many there were in all. */
    static final int PROBLEMS_KEPT = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum Kind { POSTS, PAGE_DAILY }

    public record Job(long id, long channelId, Kind kind, long createdBy, Instant createdAt, String fileName, String status,
                      int totalRows, int goodRows, int problemCount, Integer createdCount, Integer updatedCount, Instant appliedAt) {

        public boolean isApplied() {
            return "APPLIED".equals(status);
        }
    }

    public record Counts(int created, int updated, int unchanged) {
    }

    public record Warning(String messageKey, List<String> args) {
    }

    public record Preview(Job job, ChannelRef channel, Counts counts, List<RowProblem> problems, List<Warning> warnings) {
    }

    private final JdbcClient jdbc;
    private final PostAccess access;
    private final AuditLog audit;
    private final StoryLinks storyLinks;
    private final PostStaging staging;
    private final HeaderAliases postHeaders = HeaderAliases.load(PostExport.HEADERS);
    private final HeaderAliases dailyHeaders = HeaderAliases.load(PageDailySeries.HEADERS);

    PostImports(JdbcClient jdbc, PostAccess access, AuditLog audit, StoryLinks storyLinks, PostStaging staging) {
        this.staging = staging;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.storyLinks = storyLinks;
    }

    /** Reads and stages an export; nothing of the page's posts or audience changes yet. */
    @Transactional
    public long upload(Actor actor, long channelId, Kind kind, String fileName, byte[] content) {
        ChannelRef channel = access.importable(actor, channelId);
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", "channels.file.empty");
        }
        if (content.length > PostExport.MAX_BYTES) {
            throw new InvalidInput("file", "channels.file.tooLarge", PostExport.MAX_BYTES / (1024 * 1024));
        }
        CsvTable table = CsvTable.read(DecodedText.of(content), PostExport.MAX_ROWS, "channels.file.tooManyRows");
        String name = fileName == null || fileName.isBlank() ? "business-suite.csv" : limit(fileName, 300);
        return kind == Kind.POSTS ? stagePosts(actor, channel, name, table) : stageDays(actor, channel, name, table);
    }

    private long stagePosts(Actor actor, ChannelRef channel, String fileName, CsvTable table) {
        PostExport.Reading reading = PostExport.read(table, new PostExport.Page(channel.externalId(), channel.name()), postHeaders);
        if (reading.rows().isEmpty() && reading.problems().isEmpty()) {
            throw new InvalidInput("file", "channels.file.noRows");
        }
        List<Warning> warnings = reading.warnings().stream().map(w -> new Warning(w.messageKey(), w.args())).toList();
        long id = insertJob(actor, channel, Kind.POSTS, fileName, reading.totalRows(), reading.rows().size(), reading.problems(), warnings);
        staging.stage(id, reading.rows());
        return id;
    }

    private long stageDays(Actor actor, ChannelRef channel, String fileName, CsvTable table) {
        PageDailySeries.Reading reading = PageDailySeries.read(table, dailyHeaders);
        if (reading.days().isEmpty() && reading.problems().isEmpty()) {
            throw new InvalidInput("file", "channels.file.noRows");
        }
        long id = insertJob(actor, channel, Kind.PAGE_DAILY, fileName, reading.totalRows(), reading.days().size(), reading.problems(),
                List.of());
        var days = reading.days();
        Integer[] lines = days.stream().map(PageDailySeries.DayFigure::line).toArray(Integer[]::new);
        String[] dates = days.stream().map(d -> d.day().toString()).toArray(String[]::new);
        Long[] audience = days.stream().map(PageDailySeries.DayFigure::audience).toArray(Long[]::new);
        jdbc.sql("""
                insert into channel_audience_import_row (import_id, line, day, audience)
                select ?, t.line, t.day::date, t.audience from unnest(?::int[], ?::text[], ?::bigint[]) as t(line, day, audience)
                """).params(id, lines, dates, audience).update();
        return id;
    }

    private long insertJob(Actor actor, ChannelRef channel, Kind kind, String fileName, int total, int good, List<RowProblem> problems,
                           List<Warning> warnings) {
        return jdbc.sql("""
                insert into channel_post_import (channel_id, kind, created_by, file_name, total_rows, good_rows, problems, problem_count,
                                                 warnings)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb) returning id
                """).params(channel.id(), kind.name(), actor.accountId(), fileName, total, good,
                        JSON.writeValueAsString(problems.subList(0, Math.min(problems.size(), PROBLEMS_KEPT))), problems.size(),
                        JSON.writeValueAsString(warnings))
                .query(Long.class).single();
    }

    public Job job(Actor actor, long id) {
        Job job = jdbc.sql("""
                select id, channel_id, kind, created_by, created_at, file_name, status, total_rows, good_rows, problem_count,
                       created_count, updated_count, applied_at
                from channel_post_import where id = ?
                """).param(id).query(Job.class).optional().orElseThrow(() -> new NotFound("channels.posts.import.notFound"));
        if (job.createdBy() != actor.accountId()) {
            throw new NotFound("channels.posts.import.notFound");
        }
        access.importable(actor, job.channelId());
        return job;
    }

    /** What confirming would do, counted against the posts (or days) as they are now. */
    public Preview preview(Actor actor, long id) {
        Job job = job(actor, id);
        ChannelRef channel = access.viewable(actor, job.channelId());
        Counts counts = job.isApplied() ? new Counts(0, 0, 0) : job.kind() == Kind.POSTS ? postCounts(job) : dayCounts(job);
        String[] json = jdbc.sql("select problems::text, warnings::text from channel_post_import where id = ?").param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        List<RowProblem> problems = Arrays.asList(JSON.readValue(json[0], RowProblem[].class));
        List<Warning> warnings = Arrays.asList(JSON.readValue(json[1], Warning[].class));
        return new Preview(job, channel, counts, problems, warnings);
    }

    private Counts postCounts(Job job) {
        return jdbc.sql("""
                select count(*) filter (where p.id is null) as created,
                       count(*) filter (where p.id is not null and (p.views, p.reach, p.reactions, p.comments, p.shares, p.clicks)
                           is distinct from (coalesce(r.views, p.views), coalesce(r.reach, p.reach), coalesce(r.reactions, p.reactions),
                                             coalesce(r.comments, p.comments), coalesce(r.shares, p.shares), coalesce(r.clicks, p.clicks)))
                           as updated,
                       count(*) filter (where p.id is not null and (p.views, p.reach, p.reactions, p.comments, p.shares, p.clicks)
                           is not distinct from (coalesce(r.views, p.views), coalesce(r.reach, p.reach), coalesce(r.reactions, p.reactions),
                                             coalesce(r.comments, p.comments), coalesce(r.shares, p.shares), coalesce(r.clicks, p.clicks)))
                           as unchanged
                from channel_post_import_row r
                left join channel_post p on p.channel_id = ? and p.external_id = r.external_id
                where r.import_id = ?
                """).params(job.channelId(), job.id()).query(Counts.class).single();
    }

    private Counts dayCounts(Job job) {
        return jdbc.sql("""
                select count(*) filter (where a.day is null) as created,
                       count(*) filter (where a.day is not null and a.audience <> r.audience) as updated,
                       count(*) filter (where a.day is not null and a.audience = r.audience) as unchanged
                from channel_audience_import_row r
                left join channel_audience a on a.channel_id = ? and a.day = r.day
                where r.import_id = ?
                """).params(job.channelId(), job.id()).query(Counts.class).single();
    }

    /** Writes the good rows; a second confirmation of the same upload is refused. */
    @Transactional
    public Job confirm(Actor actor, long id) {
        Job job = job(actor, id);
        int claimed = jdbc.sql("update channel_post_import set status = 'APPLIED', applied_at = now() where id = ? and status = 'PREVIEWED'")
                .param(id).update();
        if (claimed == 0) {
            throw new InvalidInput("file", "channels.posts.import.alreadyApplied");
        }
        Counts written = job.kind() == Kind.POSTS ? applyPosts(job) : applyDays(actor, job);
        if (job.kind() == Kind.POSTS) {
            storyLinks.link(job.channelId());
            jdbc.sql("delete from channel_post_import_row where import_id = ?").param(id).update();
        } else {
            jdbc.sql("delete from channel_audience_import_row where import_id = ?").param(id).update();
        }
        jdbc.sql("update channel_post_import set created_count = ?, updated_count = ? where id = ?")
                .params(written.created(), written.updated(), id).update();
        String unitPath = access.unitPath(job.channelId());
        audit.record(AuditEntry.of(job.kind() == Kind.POSTS ? "CHANNEL_POSTS_IMPORTED" : "CHANNEL_AUDIENCE_IMPORTED", "CHANNEL",
                job.channelId(), job.fileName(), unitPath,
                "import=" + id + ", new=" + written.created() + ", updated=" + written.updated() + ", badRows=" + job.problemCount()));
        return job(actor, id);
    }

    private Counts applyPosts(Job job) {
        return jdbc.sql("""
                with written as (
                    insert into channel_post as p (channel_id, external_id, published_at, title, permalink, post_type, views, reach,
                                                   reactions, comments, shares, clicks, extra, source, metrics_at)
                    select ?, r.external_id, r.published_at, r.title, r.permalink, r.post_type, r.views, r.reach, r.reactions,
                           r.comments, r.shares, r.clicks, r.extra::jsonb, 'IMPORT', now()
                    from channel_post_import_row r where r.import_id = ?
                    on conflict (channel_id, external_id) do update set
                        published_at = coalesce(excluded.published_at, p.published_at),
                        title = coalesce(excluded.title, p.title),
                        permalink = coalesce(excluded.permalink, p.permalink),
                        post_type = coalesce(excluded.post_type, p.post_type),
                        views = coalesce(excluded.views, p.views),
                        reach = coalesce(excluded.reach, p.reach),
                        reactions = coalesce(excluded.reactions, p.reactions),
                        comments = coalesce(excluded.comments, p.comments),
                        shares = coalesce(excluded.shares, p.shares),
                        clicks = coalesce(excluded.clicks, p.clicks),
                        extra = p.extra || excluded.extra,
                        source = 'IMPORT',
                        metrics_at = now()
                    where (p.views, p.reach, p.reactions, p.comments, p.shares, p.clicks, p.published_at, p.title, p.permalink, p.post_type)
                        is distinct from (coalesce(excluded.views, p.views), coalesce(excluded.reach, p.reach),
                                          coalesce(excluded.reactions, p.reactions), coalesce(excluded.comments, p.comments),
                                          coalesce(excluded.shares, p.shares), coalesce(excluded.clicks, p.clicks),
                                          coalesce(excluded.published_at, p.published_at), coalesce(excluded.title, p.title),
                                          coalesce(excluded.permalink, p.permalink), coalesce(excluded.post_type, p.post_type))
                       or not (p.extra @> excluded.extra)
                    returning (xmax = 0) as inserted
                )
                select count(*) filter (where inserted) as created, count(*) filter (where not inserted) as updated, 0 as unchanged
                from written
                """).params(job.channelId(), job.id()).query(Counts.class).single();
    }

    private Counts applyDays(Actor actor, Job job) {
        return jdbc.sql("""
                with written as (
                    insert into channel_audience as a (channel_id, day, audience, source, recorded_by, recorded_at)
                    select ?, r.day, r.audience, 'IMPORT', ?, now() from channel_audience_import_row r where r.import_id = ?
                    on conflict (channel_id, day) do update set audience = excluded.audience, source = 'IMPORT',
                        recorded_by = excluded.recorded_by, recorded_at = now()
                    where a.audience is distinct from excluded.audience
                    returning (xmax = 0) as inserted
                )
                select count(*) filter (where inserted) as created, count(*) filter (where not inserted) as updated, 0 as unchanged
                from written
                """).params(job.channelId(), actor.accountId(), job.id()).query(Counts.class).single();
    }

    /** The last imports of a page, newest first. */
    public List<Job> recent(long channelId, int limit) {
        return jdbc.sql("""
                select id, channel_id, kind, created_by, created_at, file_name, status, total_rows, good_rows, problem_count,
                       created_count, updated_count, applied_at
                from channel_post_import where channel_id = ? order by created_at desc, id desc limit ?
                """).params(channelId, limit).query(Job.class).list();
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
