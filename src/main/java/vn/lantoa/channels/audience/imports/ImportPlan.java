package vn.lantoa.channels.audience.imports;

import java.util.List;
import vn.lantoa.channels.audience.AudienceFigure;

/** What an audience file would do, row by row: a new figure, one replaced, one already there, or an error with its reason. */
public record ImportPlan(List<PlannedRow> rows) {

    public enum Status {
        NEW, REPLACED, UNCHANGED, ERROR
    }

    /** One row: its line, the channel as written and as found, the figure, and what would happen (or why not). */
    public record PlannedRow(int line, String channelText, Long channelId, String channelName, String dayText, String audienceText,
                             AudienceFigure figure, Status status, String reasonKey, Object[] reasonArgs) {
    }

    public long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public List<PlannedRow> toWrite() {
        return rows.stream().filter(r -> r.status() == Status.NEW || r.status() == Status.REPLACED).toList();
    }
}
