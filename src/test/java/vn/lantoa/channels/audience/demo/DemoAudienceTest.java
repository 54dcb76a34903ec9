package vn.lantoa.channels.audience.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.IntegrationTest;

/** The demo's figures: the seed's group grows 299 → 1,514 in the six months ending last month; a second run changes nothing. */
@IntegrationTest
class DemoAudienceTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoAudience demo;

    private long channel(String kind) {
        long unit = jdbc.sql("select id from unit where parent_id is null order by id limit 1").query(Long.class).single();
        return jdbc.sql("insert into channel (unit_id, kind, name, url, url_key) values (?, ?, ?, ?, ?) returning id")
                .params(unit, kind, "Kênh demo " + System.nanoTime(), "https://example.org/demo-" + System.nanoTime(),
                        "example.org/demo-" + System.nanoTime())
                .query(Long.class).single();
    }

    @Test
    void theSeedsGroupAndTwoYearsForTheOthers() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long group = channel("FACEBOOK_GROUP");
        int written = demo.seedGroup(group, today);
        assertThat(written).isGreaterThan(20);
        LocalDate end = today.withDayOfMonth(1).minusDays(1);
        LocalDate start = end.minusMonths(6).withDayOfMonth(end.minusMonths(6).lengthOfMonth());
        assertThat(jdbc.sql("select audience from channel_audience where channel_id = ? order by day limit 1").param(group)
                .query(Integer.class).single()).isEqualTo(299);
        assertThat(jdbc.sql("select min(day) from channel_audience where channel_id = ?").param(group).query(LocalDate.class).single())
                .isEqualTo(start);
        assertThat(jdbc.sql("select audience || '/' || non_members || '/' || women_percent from channel_audience where channel_id = ? and day = ?")
                .params(group, end).query(String.class).single()).isEqualTo("1514/170/92.00");
        assertThat(jdbc.sql("select count(*) from channel_audience where channel_id = ? and day > ?").params(group, end)
                .query(Long.class).single()).isZero();
        assertThat(demo.seedGroup(group, today)).isZero();

        long page = channel("FACEBOOK_PAGE");
        demo.run(null);
        long rows = jdbc.sql("select count(*) from channel_audience where channel_id = ?").param(page).query(Long.class).single();
        assertThat(rows).isEqualTo(730);
        assertThat(jdbc.sql("select count(distinct source) from channel_audience where channel_id = ? and source = 'API'").param(page)
                .query(Long.class).single()).isEqualTo(1);
        demo.run(null);
        assertThat(jdbc.sql("select count(*) from channel_audience where channel_id = ?").param(page).query(Long.class).single()).isEqualTo(rows);
    }
}
