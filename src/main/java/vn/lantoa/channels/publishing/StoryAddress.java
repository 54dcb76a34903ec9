package vn.lantoa.channels.publishing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.common.text.VietnameseText;

/**
 * The public address of a story on the portal: {@code <site>/tin/<slug>-<id>}, on the site of the
 * deepest union whose subtree holds the story's author (its own host over HTTPS), else on the
 * installation's base URL. The portal decides by the id alone; the shape repeats the portal's
 * PortalLinks.story, since channels may not depend on the portal (as {@code posts.StoryLinks} does).
 */
@Component
public class StoryAddress {

    private final JdbcClient jdbc;
    private final String baseUrl;

    StoryAddress(JdbcClient jdbc, @Value("${lantoa.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public String of(long storyId, String title, String authorUnitPath) {
        String host = jdbc.sql("""
                select ps.host from portal_site ps join unit u on u.id = ps.unit_id
                 where :path like u.path || '%' order by length(u.path) desc limit 1""")
                .param("path", authorUnitPath).query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1))).optional()
                .flatMap(h -> h).orElse(null);
        return (host == null ? baseUrl : "https://" + host) + path(storyId, title);
    }

    static String path(long id, String title) {
        String slug = VietnameseText.slug(title);
        if (slug.length() > 90) {
            String cut = slug.substring(0, 90);
            int lastDash = cut.lastIndexOf('-');
            slug = lastDash > 40 ? cut.substring(0, lastDash) : cut;
        }
        return "/tin/" + (slug.isEmpty() ? "bai" : slug) + "-" + id;
    }
}
