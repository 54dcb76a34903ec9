package vn.lantoa.channels.audience.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.channels.audience.AudienceEntries;
import vn.lantoa.channels.audience.AudiencePeriod;
import vn.lantoa.channels.audience.AudienceRecords;
import vn.lantoa.channels.audience.DropToConfirm;
import vn.lantoa.channels.audience.FigureInput;
import vn.lantoa.channels.audience.FigureRefused;
import vn.lantoa.channels.audience.Growth;
import vn.lantoa.channels.audience.GrowthChart;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;

/**
 * A channel's audience page ({@code /channels/audience/{id}?tu=&den=}): the growth chart of the period
 * (days without a figure carry the last one forward; the measured days are marked), the figures at its
 * ends and their change, the entries with their source; and the form to record the figure of a day.
 */
@Controller
class ChannelAudienceController {

    static final String PAGE = "channels/audience/channel";

    private final AudienceEntries entries;
    private final AudienceRecords records;
    private final AudienceMessages messages;
    private final vn.lantoa.common.web.Dates dates;

    ChannelAudienceController(AudienceEntries entries, AudienceRecords records, AudienceMessages messages, vn.lantoa.common.web.Dates dates) {
        this.dates = dates;
        this.entries = entries;
        this.records = records;
        this.messages = messages;
    }

    @GetMapping("/channels/audience/{channelId:\\d+}")
    String page(@PathVariable long channelId, @RequestParam(required = false) String tu, @RequestParam(required = false) String den,
                Model model) {
        Actor actor = CurrentActor.get();
        AudienceEntries.Seen seen = entries.seen(actor, channelId);
        FigureInput blank = new FigureInput(entries.today().toString(), "", "", "");
        return show(model, seen, AudiencePeriod.parse(tu, den, entries.today()), blank, Map.of(), null);
    }

    @PostMapping("/channels/audience/{channelId:\\d+}")
    String record(@PathVariable long channelId, @RequestParam(required = false) String day, @RequestParam(required = false) String audience,
                  @RequestParam(required = false) String nonMembers, @RequestParam(required = false) String womenPercent,
                  @RequestParam(defaultValue = "false") boolean confirmDrop, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        AudienceEntries.Seen seen = entries.recordable(actor, channelId);
        FigureInput input = new FigureInput(day, audience, nonMembers, womenPercent);
        AudiencePeriod period = AudiencePeriod.parse(null, null, entries.today());
        try {
            entries.record(actor, channelId, input, confirmDrop);
        } catch (FigureRefused e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), messages.text(p.messageKey(), p.args())));
            return show(model, seen, period, input, errors, null);
        } catch (DropToConfirm e) {
            return show(model, seen, period, input, Map.of("audience", messages.text(e.messageKey(), e.args())), e);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/channels/audience/" + channelId;
    }

    private String show(Model model, AudienceEntries.Seen seen, AudiencePeriod period, FigureInput form, Map<String, String> errors,
                        DropToConfirm drop) {
        List<AudienceRecords.Day> days = records.series(seen.channel().id(), period);
        List<GrowthChart.Point> audience = new ArrayList<>();
        List<GrowthChart.Point> nonMembers = new ArrayList<>();
        for (AudienceRecords.Day d : days) {
            if (d.audience() != null) {
                audience.add(new GrowthChart.Point(d.day(), d.audience(), d.measured()));
            }
            if (d.nonMembers() != null && d.measured()) {
                nonMembers.add(new GrowthChart.Point(d.day(), d.nonMembers(), true));
            }
        }
        AudienceRecords.Day first = days.stream().filter(d -> d.audience() != null).findFirst().orElse(null);
        AudienceRecords.Day last = days.isEmpty() ? null : days.get(days.size() - 1);
        model.addAttribute("channel", seen.channel());
        model.addAttribute("recordable", seen.recordable());
        model.addAttribute("period", period);
        model.addAttribute("chart", new GrowthChart(period, List.of(new GrowthChart.Line("audience", audience))));
        model.addAttribute("growth", first == null || last == null || last.audience() == null ? null
                : new Growth(days.get(0).audience() != null ? days.get(0).audience() : first.audience(), last.audience()));
        Growth growth = first == null || last == null || last.audience() == null ? null
                : new Growth(days.get(0).audience() != null ? days.get(0).audience() : first.audience(), last.audience());
        model.addAttribute("growthSummary", growth == null ? null : messages.growthSummary(growth,
                seen.channel().kind().countsMembers() ? "audience.measure.members" : "audience.measure.followers", period));
        model.addAttribute("startDay", days.get(0).audience() != null ? days.get(0) : first);
        model.addAttribute("lastDay", last);
        model.addAttribute("latest", records.inForce(seen.channel().id(), period.to()).orElse(null));
        model.addAttribute("entries", records.entries(seen.channel().id(), period));
        long measured = audience.stream().filter(GrowthChart.Point::measured).count();
        model.addAttribute("measuredCount", measured);
        model.addAttribute("chartDesc", messages.text("audience.chart.channel.desc", dates.date(period.from()), dates.date(period.to()), measured));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("drop", drop);
        model.addAttribute("today", entries.today());
        return PAGE;
    }
}
