package vn.lantoa.accountability.reports;

import java.util.List;
import vn.lantoa.common.web.InvalidInput;

/** The unit's answers were refused: each wrong field has its message, and the typed values are kept for the page. */
public class ReportRefused extends InvalidInput {

    private final transient AnswerSheet sheet;

    public ReportRefused(AnswerSheet sheet) {
        super(sheet.problems().keySet().iterator().next(), "report.error.fix", sheet.problems().size());
        this.sheet = sheet;
    }

    public AnswerSheet sheet() {
        return sheet;
    }

    @Override
    public List<Detail> details() {
        return sheet.problems().values().stream().map(p -> new Detail(p.messageKey(), p.args())).toList();
    }
}
