package vn.lantoa.accountability.demo;

import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.quota.QuotaPreset;
import vn.lantoa.accountability.quota.RuleForm;

/**
 * The demo province's quotas: Thanh Hóa holds its communes to the seed-000 preset (two stories a
 * quarter with photos or video, from 1 January 2026) and to the seed-003 preset (40 % of communes
 * publish one a month). Written once: a preset already among the province's rules is not written again.
 */
@Component
@Order(41)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoQuotas implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoQuotas.class);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private final JdbcClient jdbc;
    private final MessageSource messages;

    DemoQuotas(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> province = jdbc.sql("select id from unit where code = 'TH'").query(Long.class).optional();
        if (province.isEmpty()) {
            return;
        }
        int written = 0;
        for (QuotaPreset preset : new QuotaPreset[] {QuotaPreset.SEED_000, QuotaPreset.SEED_003}) {
            boolean there = jdbc.sql("select exists (select 1 from quota_rule where owner_unit_id = :owner and preset = :preset)")
                    .param("owner", province.get()).param("preset", preset.code()).query(Boolean.class).single();
            if (there) {
                continue;
            }
            RuleForm form = preset.fill(new RuleForm(), messages.getMessage(preset.messageKey(), null, java.util.Locale.forLanguageTag("vi")));
            jdbc.sql("""
                    insert into quota_rule (owner_unit_id, name, target_level, measure, media_required, min_count, period, counted_by,
                                            share_percent, valid_from, preset)
                    values (:owner, :name, :level, :measure, :media, :min, :period, :countedBy, :share, :from, :preset)""")
                    .param("owner", province.get()).param("name", form.getName()).param("level", form.getLevel().name())
                    .param("measure", form.getMeasure().name()).param("media", form.getMedia().name())
                    .param("min", Integer.parseInt(form.getMinCount())).param("period", form.getPeriod().name())
                    .param("countedBy", form.getCountedBy().name())
                    .param("share", form.getSharePercent().isBlank() ? null : Integer.valueOf(form.getSharePercent()))
                    .param("from", FROM).param("preset", preset.code()).update();
            written++;
        }
        if (written > 0) {
            log.info("Created {} demo quota rules for Thanh Hóa", written);
        }
    }
}
