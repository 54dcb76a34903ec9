package vn.lantoa.channels.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.registry.ChannelAddress;
import vn.lantoa.common.text.VietnameseText;

/**
 * The demo province's channels (fictitious addresses in the platforms' real shapes): Thanh Hóa's
 * fanpage, Zalo OA and Facebook group; a fanpage for about 70 % of its communes, and some communes'
 * Facebook or Zalo groups, so that coverage shows real gaps; Hạc Thành (TH-001) with its fanpage and
 * the group "Phụ nữ Hạc Thành". Runs after the demo tree and accounts; written once (the province's
 * fanpage already there means done).
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoChannels implements ApplicationRunner {

    static final String PROVINCE_PAGE = "https://www.facebook.com/hoilhpn.thanhhoa";
    static final String HAC_THANH_GROUP = "https://www.facebook.com/groups/phunuhacthanh";
    private static final Logger log = LoggerFactory.getLogger(DemoChannels.class);
    private static final String[] ADMIN_NAMES = {"Lê Thị Hoa", "Nguyễn Thị Mai", "Trịnh Thị Thu", "Phạm Thị Hằng", "Hoàng Thị Lan",
        "Đỗ Thị Nga", "Vũ Thị Hương", "Lê Thị Thanh", "Mai Thị Dung", "Bùi Thị Yến"};

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoChannels(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    private record Commune(long id, String code, String name) {
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> province = jdbc.sql("select id from unit where code = 'TH'").query(Long.class).optional();
        if (province.isEmpty() || exists(ChannelAddress.of(ChannelKind.FACEBOOK_PAGE, PROVINCE_PAGE).key())) {
            return;
        }
        int[] written = {0};
        transaction.executeWithoutResult(status -> {
            long th = province.get();
            Long editor = account("bientap");
            written[0] += channel(th, ChannelKind.FACEBOOK_PAGE, "Hội LHPN tỉnh Thanh Hóa", PROVINCE_PAGE,
                    "Tin tức, hoạt động của Hội; tuyên truyền chủ trương, chính sách đến hội viên, phụ nữ trong tỉnh",
                    LocalDate.of(2016, 3, 8), List.of(new Admin(editor, null, null), new Admin(null, "Lê Thị Hoa", "0912 345 601")));
            written[0] += channel(th, ChannelKind.ZALO_OA, "Hội LHPN tỉnh Thanh Hóa", "https://zalo.me/4318290517736254117",
                    "Gửi thông báo, văn bản hướng dẫn đến cán bộ Hội các cấp", LocalDate.of(2021, 10, 20),
                    List.of(new Admin(editor, null, null)));
            written[0] += channel(th, ChannelKind.FACEBOOK_GROUP, "Phụ nữ xứ Thanh", "https://www.facebook.com/groups/phunuxuthanh",
                    "Nhóm giao lưu, chia sẻ kinh nghiệm của hội viên phụ nữ toàn tỉnh", LocalDate.of(2019, 5, 1),
                    List.of(new Admin(null, "Nguyễn Thị Mai", "nguyenthimai@thanhhoa.lantoa.local")));
            Random random = new Random(2026);
            for (Commune c : communes(th)) {
                String place = c.name().replaceFirst("^Hội LHPN (xã|phường) ", "");
                String slug = VietnameseText.slug(place).replace("-", "");
                boolean hacThanh = c.code().equals("TH-001");
                boolean page = hacThanh || c.code().equals("TH-020") || random.nextInt(100) < 70;
                int pick = random.nextInt(100);
                LocalDate launched = LocalDate.of(2017 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
                List<Admin> admins = new ArrayList<>();
                Long officer = hacThanh ? account("canbo.hacthanh") : c.code().equals("TH-020") ? account("canbo.hoanghoa") : null;
                if (officer != null) {
                    admins.add(new Admin(officer, null, null));
                }
                admins.add(new Admin(null, ADMIN_NAMES[random.nextInt(ADMIN_NAMES.length)], "09" + (12_000_000 + random.nextInt(87_000_000))));
                if (page) {
                    written[0] += channel(c.id(), ChannelKind.FACEBOOK_PAGE, c.name(), "https://www.facebook.com/hoilhpn." + slug,
                            "Tin hoạt động của Hội và các chi hội; tuyên truyền đến hội viên", launched, admins);
                }
                if (hacThanh) {
                    written[0] += channel(c.id(), ChannelKind.FACEBOOK_GROUP, "Phụ nữ Hạc Thành", HAC_THANH_GROUP,
                            "Nhóm kết nối hội viên và phụ nữ chưa vào Hội trên địa bàn phường", LocalDate.of(2025, 9, 1), admins);
                } else if (pick < 15) {
                    written[0] += channel(c.id(), ChannelKind.FACEBOOK_GROUP, "Phụ nữ " + place, "https://www.facebook.com/groups/phunu" + slug,
                            "Nhóm giao lưu của hội viên", launched.plusMonths(3), admins);
                } else if (pick < 45) {
                    written[0] += channel(c.id(), ChannelKind.ZALO_GROUP, "Chi hội trưởng " + place,
                            "https://zalo.me/g/" + Long.toString(Math.abs(random.nextLong()), 36).substring(0, 8),
                            "Nhóm Zalo của ban chấp hành và chi hội trưởng: thông báo nhanh", launched.plusMonths(1), admins);
                }
            }
        });
        log.info("Created {} demo channels for Thanh Hóa", written[0]);
    }

    private record Admin(Long accountId, String name, String contact) {
    }

    private int channel(long unitId, ChannelKind kind, String name, String url, String purpose, LocalDate launched, List<Admin> admins) {
        ChannelAddress.Address address = ChannelAddress.of(kind, url);
        if (exists(address.key())) {
            return 0;
        }
        long id = jdbc.sql("""
                insert into channel (unit_id, kind, name, name_folded, url, url_key, external_id, purpose, launched_on)
                values (:unit, :kind, :name, :folded, :url, :key, :external, :purpose, :launched) returning id""")
                .param("unit", unitId).param("kind", kind.name()).param("name", name).param("folded", VietnameseText.fold(name))
                .param("url", address.url()).param("key", address.key()).param("external", address.externalId()).param("purpose", purpose)
                .param("launched", launched).query(Long.class).single();
        for (Admin a : admins) {
            String adminName = a.accountId() == null ? a.name()
                    : jdbc.sql("select full_name from account where id = :id").param("id", a.accountId()).query(String.class).single();
            jdbc.sql("insert into channel_admin (channel_id, account_id, name, contact) values (:c, :a, :n, :contact) on conflict do nothing")
                    .param("c", id).param("a", a.accountId()).param("n", adminName).param("contact", a.contact()).update();
        }
        return 1;
    }

    private boolean exists(String key) {
        return jdbc.sql("select exists (select 1 from channel where url_key = :key)").param("key", key).query(Boolean.class).single();
    }

    private Long account(String username) {
        return jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).optional().orElse(null);
    }

    private List<Commune> communes(long province) {
        return jdbc.sql("select id, code, name from unit where parent_id = :p and level = 'COMMUNE' and active order by code")
                .param("p", province).query((rs, n) -> new Commune(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
