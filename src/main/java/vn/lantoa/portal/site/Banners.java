package vn.lantoa.portal.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The banners and covers of each site. */
@Component
public class Banners {

    private final JdbcClient jdbc;

    Banners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Banner> of(long siteId) {
        return jdbc.sql("select * from portal_banner where site_id = :site order by placement, position, id")
                .param("site", siteId).query((rs, n) -> banner(rs)).list();
    }

    /** What readers see today in one place, in the editors' order. */
    public List<Banner> showing(long siteId, Banner.Placement placement, LocalDate today) {
        return of(siteId).stream().filter(b -> b.placement() == placement && b.showsOn(today)).toList();
    }

    private static Banner banner(ResultSet rs) throws SQLException {
        return new Banner(rs.getLong("id"), rs.getLong("site_id"), Banner.Placement.valueOf(rs.getString("placement")),
                rs.getString("title"), rs.getString("link_url"), rs.getObject("media_id", UUID.class), rs.getString("alt_text"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getInt("position"),
                rs.getBoolean("active"));
    }
}
