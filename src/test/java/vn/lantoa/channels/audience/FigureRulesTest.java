package vn.lantoa.channels.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lantoa.channels.registry.ChannelAddress;

/** The rules of a typed figure, the typo guard, growth, periods, addresses and the chart's geometry: plain Java. */
class FigureRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static FigureRules.Checked check(String day, String audience, String nonMembers, String women) {
        return FigureRules.check(new FigureInput(day, audience, nonMembers, women), TODAY, TODAY, LocalDate.of(2024, 3, 8));
    }

    private static List<String> keys(FigureRules.Checked checked) {
        return checked.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aGoodFigureWithGroupedThousandsAndACommaDecimal() {
        FigureRules.Checked c = check("", "1.514", "170", "92,5");
        assertThat(c.isValid()).isTrue();
        AudienceFigure f = c.figure().orElseThrow();
        assertThat(f.day()).isEqualTo(TODAY);
        assertThat(f.audience()).isEqualTo(1514);
        assertThat(f.nonMembers()).isEqualTo(170);
        assertThat(f.womenPercent()).isEqualByComparingTo(new BigDecimal("92.5"));
        assertThat(check("23/11/2026", "1 514 000", "", "").figure().orElseThrow().audience()).isEqualTo(1_514_000);
        assertThat(check("2026-11-01", "0", "0", "100").isValid()).isTrue();
    }

    @Test
    void eachBadInputHasItsReason() {
        assertThat(keys(check("", "-5", "", ""))).containsExactly("audience:audience.error.count.negative");
        assertThat(keys(check("", "abc", "", ""))).containsExactly("audience:audience.error.count.notNumber");
        assertThat(keys(check("", "15.14", "", ""))).containsExactly("audience:audience.error.count.notNumber");
        assertThat(keys(check("", "", "", ""))).containsExactly("audience:audience.error.count.missing");
        assertThat(keys(check("", "99999999999", "", ""))).containsExactly("audience:audience.error.count.tooLarge");
        assertThat(keys(check("", "100", "-1", ""))).containsExactly("nonMembers:audience.error.count.negative");
        assertThat(keys(check("", "100", "101", ""))).containsExactly("nonMembers:audience.error.nonMembers.tooMany");
        assertThat(keys(check("", "100", "", "101"))).containsExactly("womenPercent:audience.error.percent.range");
        assertThat(keys(check("", "100", "", "-0.5"))).containsExactly("womenPercent:audience.error.percent.range");
        assertThat(keys(check("", "100", "", "nhiều"))).containsExactly("womenPercent:audience.error.percent.notNumber");
        assertThat(keys(check("2026-11-24", "100", "", ""))).containsExactly("day:audience.error.day.future");
        assertThat(keys(check("2024-03-07", "100", "", ""))).containsExactly("day:audience.error.day.beforeLaunch");
        assertThat(check("2024-03-07", "100", "", "").problems().get(0).args()).containsExactly("07/03/2024", "08/03/2024");
        assertThat(keys(check("31/02/2026", "100", "", ""))).containsExactly("day:audience.error.day.invalid");
        assertThat(keys(check("2026-12-01", "-1", "x", "200"))).hasSize(4);
        assertThat(keys(FigureRules.check(new FigureInput("", "1", "", ""), null, TODAY, null))).containsExactly("day:audience.error.day.missing");
    }

    @Test
    void theTypoGuardAsksAboutADropOfMoreThanHalf() {
        assertThat(SuddenDrop.isSuspicious(1514, 154)).isTrue();
        assertThat(SuddenDrop.isSuspicious(1514, 756)).isTrue();
        assertThat(SuddenDrop.isSuspicious(1514, 757)).isFalse();
        assertThat(SuddenDrop.isSuspicious(1514, 2000)).isFalse();
        assertThat(SuddenDrop.isSuspicious(null, 0)).isFalse();
        assertThat(SuddenDrop.isSuspicious(0, 0)).isFalse();
    }

    @Test
    void growthAndItsPercent() {
        Growth seed = new Growth(299, 1514);
        assertThat(seed.change()).isEqualTo(1215);
        assertThat(seed.percent()).contains(406L);
        assertThat(seed.signedPercent()).isEqualTo("+406");
        assertThat(new Growth(200, 150).signedPercent()).isEqualTo("-25");
        assertThat(new Growth(0, 150).percent()).isEmpty();
        assertThat(new Growth(5, 5).signedPercent()).isEqualTo("0");
    }

    @Test
    void periodsDefaultToSixMonthsAndAreTurnedRound() {
        AudiencePeriod p = AudiencePeriod.parse(null, null, TODAY);
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 5, 23));
        assertThat(p.to()).isEqualTo(TODAY);
        assertThat(p.months()).isEqualTo(6);
        assertThat(p.isDaily()).isFalse();
        AudiencePeriod turned = AudiencePeriod.parse("2026-03-01", "2026-01-01", TODAY);
        assertThat(turned.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(turned.isDaily()).isTrue();
        assertThat(AudiencePeriod.parse("1990-01-01", "2026-01-01", TODAY).from()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(AudiencePeriod.parse("rác", "", TODAY)).isEqualTo(p);
    }

    @Test
    void addressesAreComparedWithoutSchemeHostCaseMobileHostQueryOrSlash() {
        String key = ChannelAddress.keyOfAny("facebook.com/groups/hoiphunu").orElseThrow();
        assertThat(ChannelAddress.keyOfAny("https://m.Facebook.com/groups/hoiphunu/?ref=share")).contains(key);
        assertThat(ChannelAddress.keyOfAny("http://www.facebook.com/groups/hoiphunu#top")).contains(key);
        assertThat(ChannelAddress.keyOfAny("https://www.facebook.com/groups/other")).get().isNotEqualTo(key);
        assertThat(ChannelAddress.keyOfAny("https://www.facebook.com/profile.php?id=100064")).get()
                .isNotEqualTo(ChannelAddress.keyOfAny("https://www.facebook.com/profile.php?id=100065").orElseThrow());
    }

    @Test
    void theChartMarksTheMeasuredPointsAndScalesToRoundTicks() {
        AudiencePeriod p = new AudiencePeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        GrowthChart chart = new GrowthChart(p, List.of(new GrowthChart.Line("audience", List.of(
                new GrowthChart.Point(LocalDate.of(2026, 1, 1), 299, true), new GrowthChart.Point(LocalDate.of(2026, 1, 15), 299, false),
                new GrowthChart.Point(LocalDate.of(2026, 1, 31), 1514, true)))));
        GrowthChart.Drawn drawn = chart.drawn().get(0);
        assertThat(drawn.dots()).hasSize(2);
        assertThat(drawn.points().split(" ")).hasSize(3);
        assertThat(chart.frame().ticks().get(4).value()).isEqualTo(2000);
        assertThat(chart.frame().ticks().get(4).y()).isLessThan(chart.frame().ticks().get(0).y());
        assertThat(chart.x(LocalDate.of(2026, 1, 1))).isEqualTo(chart.frame().left() + 10);
        assertThat(chart.labels()).hasSize(6);
        assertThat(vn.lantoa.common.chart.ChartFrame.niceCeiling(1514)).isEqualTo(2000);
    }
}
