package vn.lantoa.channels.participation.demo;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.channels.participation.Declarations;
import vn.lantoa.channels.participation.NameKey;

/**
 * Demo participation: rosters of branch heads, group leaders and core members for fifteen communes of
 * the demo province (TH-002 to TH-016), with declarations of following the province's fanpage last month
 * and this month in a realistic spread: every fifth commune at 100 %, the next at 0 %, the others in
 * between. Staff accounts are left undeclared, so a demo user declares for themselves. Runs after the
 * registry's demo; does nothing once any roster entry exists.
 */
@Component
@Order(75)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoParticipation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoParticipation.class);
    private static final List<String> SURNAMES = List.of("Lê", "Nguyễn", "Trịnh", "Lê", "Hoàng", "Phạm", "Đỗ", "Mai", "Vũ", "Trần");
    private static final List<String> MIDDLE = List.of("Thị", "Thị", "Thị Thu", "Thị Minh", "Thị Hồng", "Thị Thanh");
    private static final List<String> GIVEN = List.of("Hoa", "Lan", "Hương", "Hằng", "Nga", "Thủy", "Dung", "Huyền", "Liên", "Oanh", "Tâm",
            "Yến", "Nhung", "Phượng", "Trang", "Vân", "Xuân", "Loan", "Hạnh", "Mến");

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoParticipation(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<Long> page = jdbc.sql("""
                select c.id from channel c join unit u on u.id = c.unit_id
                where u.code = 'TH' and c.kind = 'FACEBOOK_PAGE' and c.active order by c.id limit 1""").query(Long.class).optional();
        boolean done = jdbc.sql("select exists (select 1 from participation_cadre where account_id is null)").query(Boolean.class).single();
        if (page.isEmpty() || done) {
            return;
        }
        YearMonth current = YearMonth.now(clock.withZone(Declarations.VIETNAM));
        int people = 0;
        for (int i = 2; i <= 16; i++) {
            people += commune(String.format("TH-%03d", i), i, page.get(), current);
        }
        log.info("Wrote a demo participation roster of {} cadres", people);
    }

    private int commune(String code, int index, long page, YearMonth current) {
        Optional<Long> unit = jdbc.sql("select id from unit where code = :code").param("code", code).query(Long.class).optional();
        if (unit.isEmpty()) {
            return 0;
        }
        List<String> branches = jdbc.sql("select name from unit where parent_id = :id and active order by code")
                .param("id", unit.get()).query(String.class).list();
        int size = 4 + index % 4;
        // every fifth commune follows fully, the next not at all, the rest part of the way
        int following = index % 5 == 0 ? size : index % 5 == 1 ? 0 : size * (index % 5) / 5;
        for (int k = 0; k < size; k++) {
            String name = SURNAMES.get((index + k) % SURNAMES.size()) + " " + MIDDLE.get((index * 3 + k) % MIDDLE.size()) + " "
                    + GIVEN.get((index * 7 + k * 3) % GIVEN.size());
            String branch = branches.isEmpty() ? "" : " " + branches.get(k % branches.size());
            String position = switch (k % 3) {
                case 0 -> "Chi hội trưởng" + branch;
                case 1 -> "Tổ trưởng tổ phụ nữ" + branch;
                default -> "Hội viên nòng cốt";
            };
            long cadre = jdbc.sql("""
                            insert into participation_cadre (unit_id, full_name, name_key, position, phone)
                            values (:unit, :name, :key, :position, :phone) returning id""")
                    .param("unit", unit.get()).param("name", name).param("key", NameKey.of(name)).param("position", position)
                    .param("phone", String.format("09%08d", index * 1000 + k)).query(Long.class).single();
            if (k < following) {
                declare(cadre, page, current.minusMonths(1), 3 + (index + k) % 12);
                if (k % 2 == 0) {
                    declare(cadre, page, current, 1 + (index * k) % 9);
                }
            }
        }
        return size;
    }

    private void declare(long cadre, long page, YearMonth month, int interactions) {
        jdbc.sql("""
                        insert into participation_month (cadre_id, channel_id, month, source, follows, interactions)
                        values (:cadre, :page, :month, 'DECLARED', true, :n)""")
                .param("cadre", cadre).param("page", page).param("month", month.atDay(1)).param("n", interactions).update();
    }
}
