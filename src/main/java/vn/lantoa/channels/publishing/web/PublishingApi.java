package vn.lantoa.channels.publishing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.channels.publishing.Deliveries;
import vn.lantoa.channels.publishing.Delivery;
import vn.lantoa.channels.publishing.DeliveryStates;
import vn.lantoa.channels.publishing.PublishingAccess;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.NotFound;

@Tag(name = "Đăng lên kênh", description = "Trạng thái đăng một tin, bài đã xuất bản lên fanpage và nhóm")
@RestController
@RequestMapping("/api/v1")
class PublishingApi {

    record DeliveryDto(long id, long storyId, long channelId, String channelName, String channelKind, boolean manual, String status,
                       String state, int attempts, Instant nextAttemptAt, String permalink, Instant postedAt, boolean failing) {
    }

    private final Deliveries deliveries;
    private final DeliveryStates states;
    private final PublishingAccess access;

    PublishingApi(Deliveries deliveries, DeliveryStates states, PublishingAccess access) {
        this.deliveries = deliveries;
        this.states = states;
        this.access = access;
    }

    @Operation(summary = "Trạng thái đăng của một tin, bài trên từng kênh đích (fanpage qua API, nhóm qua hàng chờ đăng tay)")
    @GetMapping("/channels/publishing")
    List<DeliveryDto> ofStory(@RequestParam long storyId) {
        Actor actor = CurrentActor.get();
        List<Delivery> all = deliveries.ofStory(storyId);
        List<Delivery> visible = all.stream().filter(d -> access.mayView(actor, d)).toList();
        if (!all.isEmpty() && visible.isEmpty()) {
            throw new NotFound("channels.publishing.notFound");
        }
        Locale locale = LocaleContextHolder.getLocale();
        return visible.stream().map(d -> new DeliveryDto(d.id(), d.storyId(), d.channelId(), d.channelName(), d.kind().name(), d.manual(),
                d.status().name(), states.state(d, locale), d.attempts(), d.nextAttemptAt(), d.permalink(), d.postedAt(),
                d.status().failing())).toList();
    }
}
