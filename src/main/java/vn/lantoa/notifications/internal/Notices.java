package vn.lantoa.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.StoryEvent;

/** The notice table: written from story events, read by its owner, and marked as it is mailed. */
@Component
class Notices {

    private static final String COLUMNS = """
            n.id, n.account_id, n.kind, n.story_id, n.title, n.excerpt, n.step, n.waited_hours, n.link, n.actor_id,
            n.created_at, n.read_at, n.emailed_at, n.mail_attempts, n.unit_name, n.period_code, n.amount, n.total, n.due_on""";
    private static final int MAX_TITLE = 250;
    private static final int MAX_EXCERPT = 1000;

    private final JdbcClient jdbc;

    Notices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String linkTo(long storyId) {
        return "/newsroom/stories/" + storyId;
    }

    List<Long> record(StoryEvent event, List<Addressee> to) {
        List<Long> ids = new ArrayList<>(to.size());
        for (Addressee addressee : to) {
            ids.add(jdbc.sql("""
                    insert into notice (account_id, kind, story_id, title, excerpt, step, waited_hours, link, actor_id, created_at)
                    values (:account, :kind, :story, :title, :excerpt, :step, :waited, :link, :actor, :at)
                    returning id""")
                    .param("account", addressee.accountId()).param("kind", addressee.kind().name())
                    .param("story", event.story().id()).param("title", cut(event.story().title(), MAX_TITLE))
                    .param("excerpt", cut(excerpt(event), MAX_EXCERPT)).param("step", step(event)).param("waited", waitedHours(event))
                    .param("link", linkTo(event.story().id())).param("actor", event.actorId()).param("at", Timestamp.from(event.at()))
                    .query(Long.class).single());
        }
        return ids;
    }

    /** Notices about a unit or a report (no story): the same words for every addressee, each with their kind. */
    List<Long> record(UnitNotice notice, List<Addressee> to) {
        List<Long> ids = new ArrayList<>(to.size());
        for (Addressee addressee : to) {
            ids.add(jdbc.sql("""
                    insert into notice (account_id, kind, title, excerpt, link, actor_id, created_at, unit_name, period_code,
                                        amount, total, due_on)
                    values (:account, :kind, :title, :excerpt, :link, :actor, :at, :unitName, :period, :amount, :total, :due)
                    returning id""")
                    .param("account", addressee.accountId()).param("kind", addressee.kind().name())
                    .param("title", cut(notice.title(), MAX_TITLE)).param("excerpt", cut(notice.excerpt(), MAX_EXCERPT))
                    .param("link", notice.link()).param("actor", notice.actorId()).param("at", Timestamp.from(notice.at()))
                    .param("unitName", cut(notice.unitName(), MAX_TITLE)).param("period", notice.periodCode())
                    .param("amount", notice.amount()).param("total", notice.total()).param("due", notice.dueOn())
                    .query(Long.class).single());
        }
        return ids;
    }

    List<Notice> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from notice n where n.id in (:ids) order by n.id").param("ids", ids)
                .query(Notice.class).list();
    }

    /** A notice only its owner may see: another person's id is as good as unknown. */
    Optional<Notice> mine(long accountId, long id) {
        return jdbc.sql("select " + COLUMNS + " from notice n where n.id = :id and n.account_id = :account")
                .param("id", id).param("account", accountId).query(Notice.class).optional();
    }

    List<Notice> latest(long accountId, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notice n where n.account_id = :account order by n.created_at desc, n.id desc"
                        + " limit :limit offset :offset")
                .param("account", accountId).param("offset", offset).param("limit", limit).query(Notice.class).list();
    }

    long count(long accountId) {
        return jdbc.sql("select count(*) from notice where account_id = :account").param("account", accountId).query(Long.class).single();
    }

    long unread(long accountId) {
        return jdbc.sql("select count(*) from notice where account_id = :account and read_at is null")
                .param("account", accountId).query(Long.class).single();
    }

    void markRead(long accountId, long id, Instant at) {
        jdbc.sql("update notice set read_at = :at where id = :id and account_id = :account and read_at is null")
                .param("at", Timestamp.from(at)).param("id", id).param("account", accountId).update();
    }

    int markAllRead(long accountId, Instant at) {
        return jdbc.sql("update notice set read_at = :at where account_id = :account and read_at is null")
                .param("at", Timestamp.from(at)).param("account", accountId).update();
    }

    void mailed(Collection<Long> ids, Instant at) {
        jdbc.sql("update notice set emailed_at = :at, mail_attempts = mail_attempts + 1 where id in (:ids)")
                .param("at", Timestamp.from(at)).param("ids", ids).update();
    }

    void mailFailed(long id) {
        jdbc.sql("update notice set mail_attempts = mail_attempts + 1 where id = :id").param("id", id).update();
    }

    /**
     * Unread notices whose single email failed (at least one attempt, fewer than the limit) since the given
     * moment, for people who still want every notice by email. Those never tried are still on their way.
     */
    List<Notice> failedMails(Instant since, int maxAttempts) {
        return jdbc.sql("select " + COLUMNS + """
                         from notice n left join notice_preference p on p.account_id = n.account_id
                        where n.emailed_at is null and n.read_at is null and n.created_at >= :since
                          and n.mail_attempts between 1 and :last and coalesce(p.email_mode, 'EVERY') = 'EVERY'
                        order by n.id""")
                .param("since", Timestamp.from(since)).param("last", maxAttempts - 1).query(Notice.class).list();
    }

    /**
     * What a digest sums up: unread notices since the given moment that have reached no mailbox yet — all
     * of them for people who chose the digest, and those whose single email failed for people who chose
     * every notice, so that the digest also catches what the retries could not deliver.
     */
    List<Notice> forDigest(Instant since) {
        return jdbc.sql("select " + COLUMNS + """
                         from notice n left join notice_preference p on p.account_id = n.account_id
                        where n.emailed_at is null and n.read_at is null and n.created_at >= :since
                          and (p.email_mode = 'DIGEST' or (coalesce(p.email_mode, 'EVERY') = 'EVERY' and n.mail_attempts > 0))
                        order by n.account_id, n.created_at, n.id""")
                .param("since", Timestamp.from(since)).query(Notice.class).list();
    }

    private static String excerpt(StoryEvent event) {
        if (event instanceof StoryEvent.Returned returned) {
            return returned.reason();
        }
        if (event instanceof StoryEvent.Rejected rejected) {
            return rejected.reason();
        }
        if (event instanceof StoryEvent.Commented commented) {
            return commented.excerpt();
        }
        return null;
    }

    private static String step(StoryEvent event) {
        return event instanceof StoryEvent.Stalled stalled ? stalled.status().name() : null;
    }

    private static Integer waitedHours(StoryEvent event) {
        return event instanceof StoryEvent.Stalled stalled ? (int) stalled.waitedWorkingTime().toHours() : null;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
