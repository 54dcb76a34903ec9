package vn.lantoa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pure domain calculations (working hours, lunar dates, holidays; later quota compliance, emulation
 * scores) stay plain Java, so they are tested with many cases in milliseconds and read without a
 * framework in mind. Add a module's pure classes or packages to {@link #PURE}.
 */
class NoSpringInDomainLogicTest {

    /** Fully qualified class names (their nested classes included) or packages in ArchUnit syntax ("a.b.."). */
    static final List<String> PURE = List.of(
            "vn.lantoa.calendar.WorkingHoursCalendar",
            "vn.lantoa.calendar.rules..",
            "vn.lantoa.newsroom.story.StoryAction",
            "vn.lantoa.newsroom.story.StoryPermissions",
            "vn.lantoa.newsroom.story.MediaRule",
            "vn.lantoa.newsroom.story.RichText",
            "vn.lantoa.portal.views.Readers",
            "vn.lantoa.portal.legacy.LegacyPath",
            "vn.lantoa.portal.legacy.LegacyPlan",
            "vn.lantoa.portal.comments.CommentText",
            "vn.lantoa.portal.comments.KeywordMatching",
            "vn.lantoa.portal.comments.KeywordRule",
            "vn.lantoa.portal.comments.AttachmentType",
            "vn.lantoa.accountability.emulation.EmulationCriterion",
            "vn.lantoa.accountability.emulation.EmulationWeights",
            "vn.lantoa.accountability.emulation.EmulationScoring",
            "vn.lantoa.accountability.reports.AnswerSheet",
            "vn.lantoa.accountability.reports.ReportRules",
            "vn.lantoa.accountability.reports.ReportForm",
            "vn.lantoa.accountability.reports.FieldKeys",
            "vn.lantoa.accountability.reports.UnitReportState",
            "vn.lantoa.accountability.exports.document..",
            "vn.lantoa.accountability.exports.render..",
            "vn.lantoa.accountability.quota.RuleOverlap",
            "vn.lantoa.accountability.quota.QuotaPreset",
            "vn.lantoa.accountability.quota.RuleForm",
            "vn.lantoa.accountability.compliance.Ranking",
            "vn.lantoa.accountability.compliance.HeatTile",
            "vn.lantoa.accountability.web.TrendChart",
            "vn.lantoa.channels.connect.TokenCipher",
            "vn.lantoa.channels.connect.ConnectorFailure",
            "vn.lantoa.channels.connect.FailureKind",
            "vn.lantoa.channels.connect.ConnectionStatus",
            "vn.lantoa.channels.connect.Platform",
            "vn.lantoa.channels.connect.MetricPurpose",
            "vn.lantoa.channels.connect.facebook.GraphErrors",
            "vn.lantoa.channels.connect.zalo.ZaloErrors",
            "vn.lantoa.channels.registry.ChannelAddress",
            "vn.lantoa.channels.registry.AdminList",
            "vn.lantoa.channels.registry.LaunchDate",
            "vn.lantoa.channels.registry.KindNames",
            "vn.lantoa.channels.registry.ChannelForm",
            "vn.lantoa.channels.imports..",
            "vn.lantoa.channels.posts.importing..",
            "vn.lantoa.channels.audience.FigureRules",
            "vn.lantoa.channels.audience.SuddenDrop",
            "vn.lantoa.channels.audience.Growth",
            "vn.lantoa.channels.audience.AudiencePeriod",
            "vn.lantoa.channels.audience.GrowthChart",
            "vn.lantoa.channels.audience.KindGroup",
            "vn.lantoa.channels.audience.WhoEnters",
            "vn.lantoa.channels.participation.ProfileLink",
            "vn.lantoa.channels.participation.NameKey",
            "vn.lantoa.channels.participation.DeclarationRules",
            "vn.lantoa.channels.participation.RosterRules",
            "vn.lantoa.channels.participation.RosterPlan",
            "vn.lantoa.channels.participation.InteractionPlan",
            "vn.lantoa.channels.ParticipationShare");

    private static final String[] FRAMEWORKS = {"org.springframework..", "jakarta.persistence..", "jakarta.servlet..",
        "org.hibernate.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.lantoa");

    @Test
    void pureDomainLogicDependsOnNoFramework() {
        noClasses().that(pure()).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("domain calculations are plain Java (STYLE.md)")
                .check(classes);
    }

    /** A renamed class must not let the rule above pass on nothing. */
    @Test
    void everyEntryNamesExistingClasses() {
        for (String entry : PURE) {
            assertThat(classes.stream().anyMatch(matches(entry)::test)).as(entry).isTrue();
        }
    }

    private static DescribedPredicate<JavaClass> pure() {
        return PURE.stream().map(NoSpringInDomainLogicTest::matches).reduce((a, b) -> a.or(b)).orElseThrow();
    }

    private static DescribedPredicate<JavaClass> matches(String entry) {
        if (entry.endsWith("..")) {
            return JavaClass.Predicates.resideInAPackage(entry);
        }
        return DescribedPredicate.describe(entry, c -> c.getName().equals(entry) || c.getName().startsWith(entry + "$"));
    }
}
