package vn.lantoa.channels.audience;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.channels.AudienceSource;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.web.NotFound;

/**
 * Recording a channel's figure for a day by hand (a form, the unit's quick page, the API): the caller
 * must record for the channel's unit; the figure must pass {@link FigureRules}; a drop of more than
 * half against the previous figure is recorded only once confirmed ({@link SuddenDrop}). Each figure
 * written is in the audit log.
 */
@Service
public class AudienceEntries {

    private final ChannelDirectory channels;
    private final AudienceRecords records;
    private final AuditLog audit;
    private final Clock clock;

    AudienceEntries(ChannelDirectory channels, AudienceRecords records, AuditLog audit, Clock clock) {
        this.channels = channels;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** A channel the caller sees, with its unit's path; 404 for one outside the caller's subtrees. */
    public record Seen(ChannelRef channel, String unitPath, boolean recordable) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Seen seen(Actor actor, long channelId) {
        ChannelRef channel = channels.find(channelId).orElseThrow(() -> new NotFound("audience.channel.notFound"));
        String path = channels.unitPath(channelId).orElseThrow(() -> new NotFound("audience.channel.notFound"));
        if (!WhoEnters.sees(actor, path) && !WhoEnters.records(actor, channel.unitId(), path)) {
            throw new NotFound("audience.channel.notFound");
        }
        return new Seen(channel, path, WhoEnters.records(actor, channel.unitId(), path));
    }

    /** A channel the caller records figures for: 404 outside their subtrees, 403 when they only read it. */
    public Seen recordable(Actor actor, long channelId) {
        Seen seen = seen(actor, channelId);
        if (!seen.recordable()) {
            throw new Forbidden("audience.error.forbidden");
        }
        return seen;
    }

    /** The problems of a typed figure for the channel, none when it can be recorded. */
    public FigureRules.Checked check(ChannelRef channel, FigureInput input) {
        LocalDate today = today();
        return FigureRules.check(input, today, today, channel.launchedOn());
    }

    /** The last figure before the day, when the typed figure falls to less than half of it. */
    public Optional<Integer> suspiciousDrop(long channelId, AudienceFigure figure) {
        return records.before(channelId, figure.day()).map(AudienceRecords.Entry::audience)
                .filter(previous -> SuddenDrop.isSuspicious(previous, figure.audience()));
    }

    @Transactional
    public AudienceRecords.Outcome record(Actor actor, long channelId, FigureInput input, boolean dropConfirmed) {
        Seen seen = recordable(actor, channelId);
        FigureRules.Checked checked = check(seen.channel(), input);
        if (!checked.isValid()) {
            throw new FigureRefused(checked.problems());
        }
        AudienceFigure figure = checked.figure().orElseThrow();
        Optional<Integer> drop = suspiciousDrop(channelId, figure);
        if (drop.isPresent() && !dropConfirmed) {
            throw new DropToConfirm(drop.get(), figure.audience());
        }
        return write(actor, seen, figure, AudienceSource.MANUAL);
    }

    /** One row of the unit's quick page, as typed; blank rows are left out. */
    public record Row(long channelId, FigureInput input, boolean dropConfirmed) {
    }

    /** Problems of one row of the quick page, by channel. */
    public record RowProblems(long channelId, List<FigureProblem> problems, Integer dropFrom) {
    }

    /**
     * The unit's quick page: every filled row is checked first; nothing is written unless all are good
     * (and every sudden drop is confirmed), so that the officer corrects the page and sends it again.
     */
    @Transactional
    public List<RowProblems> recordAll(Actor actor, List<Row> rows) {
        List<RowProblems> refused = new ArrayList<>();
        List<Seen> seen = new ArrayList<>();
        List<AudienceFigure> figures = new ArrayList<>();
        for (Row row : rows) {
            Seen s = recordable(actor, row.channelId());
            FigureRules.Checked checked = check(s.channel(), row.input());
            if (!checked.isValid()) {
                refused.add(new RowProblems(row.channelId(), checked.problems(), null));
                continue;
            }
            AudienceFigure figure = checked.figure().orElseThrow();
            Optional<Integer> drop = suspiciousDrop(row.channelId(), figure);
            if (drop.isPresent() && !row.dropConfirmed()) {
                refused.add(new RowProblems(row.channelId(), List.of(new FigureProblem("audience", "audience.drop.confirm",
                        figure.audience(), drop.get())), drop.get()));
                continue;
            }
            seen.add(s);
            figures.add(figure);
        }
        if (refused.isEmpty()) {
            for (int i = 0; i < seen.size(); i++) {
                write(actor, seen.get(i), figures.get(i), AudienceSource.MANUAL);
            }
        }
        return refused;
    }

    private AudienceRecords.Outcome write(Actor actor, Seen seen, AudienceFigure figure, AudienceSource source) {
        AudienceRecords.Outcome outcome = records.write(seen.channel().id(), figure, source, actor.accountId());
        if (outcome != AudienceRecords.Outcome.UNCHANGED) {
            audit.record(AuditEntry.of("CHANNEL_AUDIENCE_RECORDED", "CHANNEL", seen.channel().id(), seen.channel().name(),
                    seen.unitPath(), "day=" + figure.day() + ", audience=" + figure.audience()
                            + (figure.nonMembers() == null ? "" : ", nonMembers=" + figure.nonMembers())
                            + (figure.womenPercent() == null ? "" : ", women=" + figure.womenPercent().toPlainString() + "%")
                            + ", source=" + source + ", " + outcome));
        }
        return outcome;
    }
}
