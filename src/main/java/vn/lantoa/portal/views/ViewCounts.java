package vn.lantoa.portal.views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.calendar.WorkingCalendar;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.StoryCard;

/**
 * How often stories were read: totals for story pages and lists, most-read lists by day, week and
 * month. Readers are counted by the beacon ({@link ViewBeacon}), once per visitor, story and day;
 * the counts live in one row per story and day, summed here in SQL.
 */
@Component
public class ViewCounts {

    /** A story and how many readers it had in the period asked for. */
    public record Ranked(long storyId, long views) {
    }

    /** The same with the story's card, for lists. */
    public record RankedStory(StoryCard card, long views) {
    }

    /** What the beacon did: whether this visit was new, and the story's total after it. */
    record Counted(boolean added, long total) {
    }

    private record CacheKey(Period period, String unitPath, int limit, LocalDate today) {
    }

    private record Cached(List<RankedStory> ranking, long until) {
    }

    private static final int CACHE_ENTRIES = 200;
    private static final int MAX_CANDIDATES = 2_000;

    private final JdbcClient jdbc;
    private final PublishedStories published;
    private final Clock clock;
    private final long cacheMillis;
    private final Map<CacheKey, Cached> cache = new ConcurrentHashMap<>();

    ViewCounts(JdbcClient jdbc, PublishedStories published, Clock clock, ViewSettings settings) {
        this.jdbc = jdbc;
        this.published = published;
        this.clock = clock;
        this.cacheMillis = settings.mostReadCache().toMillis();
    }

    /** All readers of a story so far (0 when never read). */
    public long total(long storyId) {
        return jdbc.sql("select coalesce(sum(views), 0) from portal_view_day where story_id = :story")
                .param("story", storyId).query(Long.class).single();
    }

    /** All readers of each story, in one query; every id asked for is in the answer (0 when never read). */
    public Map<Long, Long> totals(Collection<Long> storyIds) {
        Map<Long, Long> totals = new LinkedHashMap<>();
        storyIds.forEach(id -> totals.put(id, 0L));
        if (!storyIds.isEmpty()) {
            jdbc.sql("select story_id, sum(views) as views from portal_view_day where story_id in (:ids) group by story_id")
                    .param("ids", List.copyOf(totals.keySet()))
                    .query((rs, n) -> Map.entry(rs.getLong("story_id"), rs.getLong("views"))).list()
                    .forEach(e -> totals.put(e.getKey(), e.getValue()));
        }
        return totals;
    }

    /** The ids of the most-read published stories of a unit's subtree ("/1/25/") in the period, most read first. */
    public List<Long> mostRead(Period period, String unitPath, int limit) {
        return ranking(period, unitPath, limit).stream().map(Ranked::storyId).toList();
    }

    /** The same, as cards ready for StoryCards.views(…) (the home page's most-read box). */
    public List<StoryCard> mostReadCards(Period period, String unitPath, int limit) {
        return rankedStories(period, unitPath, limit).stream().map(RankedStory::card).toList();
    }

    /** The most-read published stories of a subtree with their readers in the period, most read first. */
    public List<Ranked> ranking(Period period, String unitPath, int limit) {
        return rankedStories(period, unitPath, limit).stream().map(r -> new Ranked(r.card().id(), r.views())).toList();
    }

    /**
     * The most-read published stories of a subtree ("/1/25/") with their cards and readers in the
     * period, most read first (ties: the higher id first). Kept in memory for lantoa.portal.views.most-read-cache.
     */
    public List<RankedStory> rankedStories(Period period, String unitPath, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        LocalDate today = today();
        CacheKey key = new CacheKey(period, unitPath, limit, today);
        long now = System.currentTimeMillis();
        Cached cached = cache.get(key);
        if (cached != null && cached.until() > now) {
            return cached.ranking();
        }
        List<RankedStory> ranking = rankingNow(period, unitPath, limit, today);
        if (cacheMillis > 0) {
            if (cache.size() > CACHE_ENTRIES) {
                cache.clear();
            }
            cache.put(key, new Cached(ranking, now + cacheMillis));
        }
        return ranking;
    }

    /**
     * Sums the days in SQL, then keeps the stories still published (the newsroom decides): a few more
     * candidates are asked for than needed, and more again in the rare case that many were withdrawn.
     */
    private List<RankedStory> rankingNow(Period period, String unitPath, int limit, LocalDate today) {
        int candidates = limit * 2 + 10;
        while (true) {
            List<Ranked> top = jdbc.sql("""
                    select story_id, sum(views) as views from portal_view_day
                    where day between :from and :to and unit_path like :path
                    group by story_id order by views desc, story_id desc limit :limit
                    """)
                    .param("from", period.firstDay(today)).param("to", today)
                    .param("path", (unitPath == null ? "/" : unitPath) + "%").param("limit", candidates)
                    .query((rs, n) -> new Ranked(rs.getLong("story_id"), rs.getLong("views"))).list();
            Map<Long, Ranked> byId = top.stream().collect(Collectors.toMap(Ranked::storyId, Function.identity()));
            List<RankedStory> shown = new ArrayList<>();
            for (StoryCard card : published.cards(top.stream().map(Ranked::storyId).toList())) {
                if (shown.size() < limit) {
                    shown.add(new RankedStory(card, byId.get(card.id()).views()));
                }
            }
            if (shown.size() >= limit || top.size() < candidates || candidates >= MAX_CANDIDATES) {
                return List.copyOf(shown);
            }
            candidates = Math.min(MAX_CANDIDATES, candidates * 4);
        }
    }

    /**
     * Counts one reading in one statement: the visitor is recorded for the day unless already there,
     * and only then the story's row of the day goes up by one. The total read in the same statement
     * sees the table as it was before, so the new reading is added to it.
     */
    Counted count(long storyId, String unitPath, byte[] visitor, LocalDate day) {
        return jdbc.sql("""
                with fresh as (
                    insert into portal_view_visitor (day, story_id, visitor) values (:day, :story, :visitor)
                    on conflict do nothing
                    returning story_id
                ), counted as (
                    insert into portal_view_day (story_id, day, unit_path, views)
                    select story_id, :day, :path, 1 from fresh
                    on conflict (story_id, day) do update set views = portal_view_day.views + 1, unit_path = excluded.unit_path
                    returning views
                )
                select (select count(*) from counted) as added,
                       (select coalesce(sum(views), 0) from portal_view_day where story_id = :story) as before
                """)
                .param("day", day).param("story", storyId).param("visitor", visitor).param("path", unitPath)
                .query((rs, n) -> new Counted(rs.getLong("added") > 0, rs.getLong("before") + rs.getLong("added")))
                .single();
    }

    /** Today in Vietnam: a reader's day starts at midnight in Hà Nội, wherever the server is. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }
}
