package vn.lantoa.channels.posts;

import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links posts to the portal stories they share, in one statement per page: a post shares a story when
 * its permalink, text or any other column names the story's public address, {@code
 * https://<host>/tin/<slug>-<id>} (the slug is for people, the id decides: see the portal's
 * PortalLinks.story), on the installation's base host or a portal site's own host, and the story is
 * published. The newsroom has no public way to give a story's address, so the shape is repeated here.
 */
@Component
class StoryLinks {

    /** (host)(story id) of a story address; the host is checked against the portal's hosts in SQL. */
    static final String ADDRESS = "https?://(?:www\\.)?([a-z0-9.-]+(?::[0-9]+)?)/(?:en/)?tin/[a-z0-9-]*-([0-9]+)(?![0-9a-z])";

    private final JdbcClient jdbc;
    private final String baseHost;

    StoryLinks(JdbcClient jdbc, @Value("${lantoa.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        String host = URI.create(baseUrl).getHost();
        int port = URI.create(baseUrl).getPort();
        this.baseHost = (host == null ? "localhost" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""))
                + (port > 0 ? ":" + port : "");
    }

    /** Links the page's unlinked posts; returns how many were linked. */
    int link(long channelId) {
        return jdbc.sql("""
                update channel_post p set story_id = s.id
                from (select c.id as post_id, m[1] as host, m[2]::bigint as story_id
                      from channel_post c,
                           lateral regexp_match(lower(coalesce(c.permalink, '') || ' ' || coalesce(c.title, '') || ' ' || c.extra::text),
                                                :address) as m
                      where c.channel_id = :channel and c.story_id is null
                        and (coalesce(c.permalink, '') || coalesce(c.title, '') || c.extra::text) like '%/tin/%'
                        and m is not null) found
                join story s on s.id = found.story_id and s.status = 'PUBLISHED'
                where p.id = found.post_id
                  and (found.host = :baseHost or exists (select 1 from portal_site ps where lower(ps.host) = found.host))
                """).param("address", ADDRESS).param("channel", channelId).param("baseHost", baseHost).update();
    }
}
