package vn.lantoa.accountability.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.org.OrgDirectory;

/**
 * The demo province's document settings, as its office would set them: the union's names, the
 * "…/BC-HLHPN" numbers given out automatically, the usual recipients and a (made-up) vice-chair who
 * signs for the standing committee. Loaded once; an admin's later changes are kept.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoDocuments implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final OrgDirectory org;

    DemoDocuments(JdbcClient jdbc, OrgDirectory org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    @Override
    public void run(ApplicationArguments args) {
        org.unitByCode("TH").ifPresent(province -> jdbc.sql("""
                insert into official_document_setting (owner_unit_id, parent_body, issuing_body, short_code, number_pattern, place,
                  signer_authority, signer_title, signer_name, recipients, archive, auto_number)
                values (:unit, 'HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM', 'HỘI LHPN TỈNH THANH HÓA', 'HLHPN', '{number}/BC-{code}', 'Thanh Hóa',
                  'TM. BAN THƯỜNG VỤ', 'PHÓ CHỦ TỊCH', 'Lê Thị Thanh Hương', :recipients, 'VT, TG', true)
                on conflict (owner_unit_id) do nothing""")
                .param("unit", province.id())
                .param("recipients", """
                        Đoàn Chủ tịch TW Hội LHPN Việt Nam (b/c)
                        Ban Tuyên giáo TW Hội (b/c)
                        Thường trực Tỉnh ủy (b/c)
                        Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c)
                        Hội LHPN các xã, phường""")
                .update());
    }
}
