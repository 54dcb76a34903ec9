package vn.lantoa.channels.participation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.IntegrationTest;

/** Previews never confirmed go after two days; recent previews and confirmed imports stay. */
@IntegrationTest
class StalePreviewCleanupTest {

    @Autowired
    JdbcClient jdbc;

    private long interactionList(String status, String age) {
        long page = new ParticipationFixture(jdbc).provincePage();
        return jdbc.sql("""
                        insert into participation_import (created_by, created_at, channel_id, month, file_name, content, status)
                        values (1, now() - cast(? as interval), ?, date '2026-01-01', 'x.csv', 'Tên'::bytea, ?) returning id""")
                .params(age, page, status).query(Long.class).single();
    }

    private long rosterFile(String status, String age) {
        long unit = new ParticipationFixture(jdbc).byCode("TH-001").id();
        return jdbc.sql("""
                        insert into participation_roster_import (created_by, created_at, unit_id, file_name, content, status)
                        values (1, now() - cast(? as interval), ?, 'x.csv', 'Tên'::bytea, ?) returning id""")
                .params(age, unit, status).query(Long.class).single();
    }

    private boolean exists(String table, long id) {
        return jdbc.sql("select exists (select 1 from " + table + " where id = ?)").param(id).query(Boolean.class).single();
    }

    @Test
    void oldPreviewsGoTheRestStays() {
        long oldList = interactionList("PREVIEWED", "3 days");
        long recentList = interactionList("PREVIEWED", "1 day");
        long appliedList = interactionList("APPLIED", "30 days");
        long oldRoster = rosterFile("PREVIEWED", "50 hours");
        long recentRoster = rosterFile("PREVIEWED", "10 hours");

        assertThat(StalePreviewCleanup.deleteStale(jdbc)).isGreaterThanOrEqualTo(2);
        assertThat(exists("participation_import", oldList)).isFalse();
        assertThat(exists("participation_roster_import", oldRoster)).isFalse();
        assertThat(exists("participation_import", recentList)).isTrue();
        assertThat(exists("participation_import", appliedList)).isTrue();
        assertThat(exists("participation_roster_import", recentRoster)).isTrue();
    }
}
