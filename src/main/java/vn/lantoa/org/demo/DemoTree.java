package vn.lantoa.org.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.org.transfer.TreeSeeding;
import vn.lantoa.org.transfer.UnitRow;

/**
 * Demo tree on first start: the central union, a Thanh Hóa-like province with its 166 wards and
 * communes, 3–10 branches under each and women's groups under some, and the province's four
 * departments. Generated from a fixed seed, so every machine gets the same tree.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoTree implements ApplicationRunner {

    static final String CENTRAL = "TW";
    static final String PROVINCE = "TH";
    private static final Logger log = LoggerFactory.getLogger(DemoTree.class);
    private static final String[] HAMLETS = {"Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Tiền", "Hậu", "Phú", "Yên", "Mới"};
    private static final String[] VILLAGES = {"Na", "Pà", "Hin", "Muống", "Khò", "Lặn", "Ngàm", "Poọng", "Sài", "Đôn", "Chiềng", "Bôn"};

    private final JdbcClient jdbc;
    private final TreeSeeding seeding;
    private final TransactionTemplate transaction;

    DemoTree(JdbcClient jdbc, TreeSeeding seeding, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.seeding = seeding;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from unit").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            seeding.createRoot(CENTRAL, "Trung ương Hội Liên hiệp Phụ nữ Việt Nam");
            int created = seeding.seed(rows());
            departments();
            log.info("Loaded the demo tree: {} units", created + 1);
        });
    }

    List<UnitRow> rows() {
        Random random = new Random(2026);
        LocalDate counted = LocalDate.of(2026, 6, 30);
        List<UnitRow> rows = new ArrayList<>();
        int[] line = {1};
        rows.add(new UnitRow(line[0]++, PROVINCE, "Hội LHPN tỉnh Thanh Hóa", "PROVINCE", CENTRAL, "412560", "1865300", counted.toString()));
        List<String[]> communes = communes();
        for (int c = 0; c < communes.size(); c++) {
            String kind = communes.get(c)[0];
            String place = communes.get(c)[1];
            String code = PROVINCE + "-%03d".formatted(c + 1);
            String prefix = kind.equals("P") ? "phường " : "xã ";
            int members = 700 + random.nextInt(2800);
            rows.add(new UnitRow(line[0]++, code, "Hội LHPN " + prefix + place, "COMMUNE", PROVINCE,
                    String.valueOf(members), String.valueOf(members + 300 + random.nextInt(1800)), counted.toString()));
            int branches = 3 + random.nextInt(8);
            for (int b = 1; b <= branches; b++) {
                String branchCode = code + "-%02d".formatted(b);
                int branchMembers = 50 + random.nextInt(350);
                rows.add(new UnitRow(line[0]++, branchCode, "Chi hội " + branchName(kind, b, random), "BRANCH", code,
                        String.valueOf(branchMembers), String.valueOf(branchMembers + random.nextInt(200)), counted.toString()));
                if (random.nextInt(4) == 0) {
                    int groups = 2 + random.nextInt(3);
                    for (int g = 1; g <= groups; g++) {
                        rows.add(new UnitRow(line[0]++, branchCode + "-" + g, "Tổ phụ nữ số " + g, "GROUP", branchCode,
                                String.valueOf(10 + random.nextInt(40)), "", counted.toString()));
                    }
                }
            }
        }
        return rows;
    }

    private static String branchName(String kind, int number, Random random) {
        if (kind.equals("P")) {
            return number % 3 == 0 ? "khu phố " + number : "tổ dân phố số " + number;
        }
        if (kind.equals("M")) {
            return "bản " + VILLAGES[random.nextInt(VILLAGES.length)] + " " + number;
        }
        return number % 2 == 0 ? "thôn " + number : "thôn " + HAMLETS[(number + random.nextInt(3)) % HAMLETS.length] + " " + number;
    }

    private void departments() {
        long province = jdbc.sql("select id from unit where code = ?").param(PROVINCE).query(Long.class).single();
        String[][] departments = {
            {"TG", "Ban Tuyên giáo", "true", "tuyengiao@thanhhoa.lantoa.local"},
            {"GDXH", "Ban Gia đình – Xã hội", "false", "giadinh@thanhhoa.lantoa.local"},
            {"XDTC", "Ban Xây dựng tổ chức Hội – Văn phòng", "false", "vanphong@thanhhoa.lantoa.local"},
            {"CSLP", "Ban Chính sách – Luật pháp", "false", "chinhsach@thanhhoa.lantoa.local"}};
        for (String[] d : departments) {
            jdbc.sql("insert into department (unit_id, code, name, editorial, email) values (?, ?, ?, ?, ?)")
                    .params(province, d[0], d[1], Boolean.parseBoolean(d[2]), d[3]).update();
        }
    }

    private static List<String[]> communes() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/thanh-hoa-communes.txt").getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\\|")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
