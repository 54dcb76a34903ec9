package vn.lantoa.channels.connect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.channels.connect.facebook.GraphClient;
import vn.lantoa.channels.posts.ApiPosts;

/**
 * Reads a connected Page's recent posts and their lifetime figures into the channel's posts: the posts
 * of the last days (the first time, of the first-pull window) with their shares, comments and reactions
 * counted by the posts edge, and views, reach and clicks from each post's insights by the metric names
 * that are current (data, as for the Page: the first name the API knows is used for the rest of the
 * pull; a refused one is marked for the admin and the next is tried; none known leaves the figure null).
 * Part of the daily pull of the Page, with its token.
 */
@Component
class PostPuller {

    private static final Logger log = LoggerFactory.getLogger(PostPuller.class);
    private static final List<MetricPurpose> POST_METRICS = List.of(MetricPurpose.POST_VIEWS, MetricPurpose.POST_REACH,
            MetricPurpose.POST_CLICKS);

    private final GraphClient graph;
    private final MetricNames metrics;
    private final ApiPosts posts;
    private final ConnectorSettings settings;
    private final JdbcClient jdbc;
    private final int recentDays;

    PostPuller(GraphClient graph, MetricNames metrics, ApiPosts posts, ConnectorSettings settings, JdbcClient jdbc,
               @Value("${lantoa.channels.post-pull-days:30}") int recentDays) {
        this.graph = graph;
        this.metrics = metrics;
        this.posts = posts;
        this.settings = settings;
        this.jdbc = jdbc;
        this.recentDays = recentDays;
    }

    /** Pulls the Page's posts; returns how many were new or changed. */
    int pull(long channelId, String pageId, String token, LocalDate today, Instant now) {
        int days = readBefore(channelId) ? recentDays : settings.firstPullDays();
        List<GraphClient.PagePost> found = graph.publishedPosts(pageId, now.minus(days, ChronoUnit.DAYS), token);
        Map<MetricPurpose, MetricNames.Metric> chosen = new EnumMap<>(MetricPurpose.class);
        List<ApiPosts.Reading> readings = new ArrayList<>();
        for (GraphClient.PagePost post : found) {
            Map<MetricPurpose, Long> figures = new EnumMap<>(MetricPurpose.class);
            for (MetricPurpose purpose : POST_METRICS) {
                figures.put(purpose, figure(post.id(), purpose, chosen, token, today, now));
            }
            readings.add(new ApiPosts.Reading(post.id(), post.createdTime(), post.message(), post.permalink(), post.statusType(),
                    figures.get(MetricPurpose.POST_VIEWS), figures.get(MetricPurpose.POST_REACH), post.reactions(), post.comments(),
                    post.shares(), figures.get(MetricPurpose.POST_CLICKS)));
        }
        return posts.record(channelId, readings);
    }

    private boolean readBefore(long channelId) {
        return jdbc.sql("select exists (select 1 from channel_post where channel_id = :c and source = 'API')").param("c", channelId)
                .query(Boolean.class).single();
    }

    private Long figure(String postId, MetricPurpose purpose, Map<MetricPurpose, MetricNames.Metric> chosen, String token, LocalDate today,
                        Instant now) {
        MetricNames.Metric known = chosen.get(purpose);
        List<MetricNames.Metric> candidates = known != null ? List.of(known) : metrics.current(Platform.FACEBOOK, purpose, today);
        for (MetricNames.Metric metric : candidates) {
            try {
                Long value = graph.postInsight(postId, metric.name(), token);
                if (known == null) {
                    metrics.working(metric.id());
                    chosen.put(purpose, metric);
                }
                return value;
            } catch (ConnectorFailure failure) {
                if (failure.kind() != FailureKind.UNKNOWN_METRIC) {
                    throw failure;
                }
                log.warn("Graph API refused the post metric {} ({}): marked for the admin", metric.name(), failure.code());
                metrics.failing(metric.id(), failure.platformMessage(), now);
                chosen.remove(purpose);
            }
        }
        return null;
    }
}
