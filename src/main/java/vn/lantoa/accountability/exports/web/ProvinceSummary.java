package vn.lantoa.accountability.exports.web;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.lantoa.accountability.emulation.EmulationRanking;
import vn.lantoa.accountability.exports.document.OfficialReport;
import vn.lantoa.accountability.exports.document.Workbook;
import vn.lantoa.accountability.exports.settings.DocumentSettings;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.org.UnitRef;

/**
 * The province's summary of communication work for a month, quarter or year, in the order the
 * official report reads: stories sent, quotas and timeliness, monthly reports. The same sections
 * make the workbook's sheets. The emulation ranking is a document of its own.
 */
@Component
class ProvinceSummary {

    private final StoriesSentSummary stories;
    private final ComplianceSummary compliance;
    private final ReportsSummary reports;
    private final EmulationSummary emulation;
    private final DocumentTexts texts;

    ProvinceSummary(StoriesSentSummary stories, ComplianceSummary compliance, ReportsSummary reports, EmulationSummary emulation,
                    DocumentTexts texts) {
        this.stories = stories;
        this.compliance = compliance;
        this.reports = reports;
        this.emulation = emulation;
        this.texts = texts;
    }

    String subject(ReportingPeriod period) {
        return texts.text("exports.summary.subject", texts.periodInSentence(period));
    }

    OfficialReport report(UnitRef province, ReportingPeriod period, DocumentSettings settings, Integer number, LocalDate today) {
        OfficialReport.Builder report = OfficialReport.builder(settings.header(number, today), subject(period))
                .recipients(settings.recipientList()).signature(settings.signature());
        stories.addTo(report, stories.of(province, period), today);
        compliance.addTo(report, compliance.of(province, period));
        reports.addTo(report, reports.of(province, period));
        return report.build();
    }

    Workbook workbook(UnitRef province, ReportingPeriod period, DocumentSettings settings) {
        String body = settings.issuingBody().toUpperCase(DocumentTexts.DOCUMENT);
        ReportsSummary.Result reported = reports.of(province, period);
        return Workbook.of(stories.sheet(stories.of(province, period), body), compliance.sheet(compliance.of(province, period), body),
                reports.sheet(reported, body), reports.totalsSheet(reported, body));
    }

    String emulationSubject(EmulationRanking ranking) {
        return emulation.subject(ranking);
    }

    OfficialReport emulationReport(EmulationRanking ranking, DocumentSettings settings, LocalDate today) {
        OfficialReport.Builder report = OfficialReport.builder(settings.header(null, today), emulation.subject(ranking))
                .recipients(settings.recipientList()).signature(settings.signature());
        emulation.addTo(report, ranking);
        return report.build();
    }

    Workbook emulationWorkbook(EmulationRanking ranking, DocumentSettings settings) {
        return Workbook.of(emulation.sheet(ranking, settings.issuingBody().toUpperCase(DocumentTexts.DOCUMENT)));
    }
}
