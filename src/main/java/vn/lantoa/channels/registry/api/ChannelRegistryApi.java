package vn.lantoa.channels.registry.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.registry.Channel;
import vn.lantoa.channels.registry.ChannelForm;
import vn.lantoa.channels.registry.ChannelRegistry;
import vn.lantoa.channels.registry.ChannelRegistryQueries;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.org.UnitRef;

@Tag(name = "Danh bạ kênh", description = "Fanpage, nhóm Facebook, Zalo OA, nhóm Zalo, YouTube, TikTok, trang web của các đơn vị trong phạm vi")
@RestController
@RequestMapping("/api/v1/channels")
class ChannelRegistryApi {

    private static final int MAX_SIZE = 200;

    private final ChannelRegistry registry;
    private final ChannelRegistryQueries queries;

    ChannelRegistryApi(ChannelRegistry registry, ChannelRegistryQueries queries) {
        this.registry = registry;
        this.queries = queries;
    }

    record AdminDto(Long accountId, String username, String name, String contact) {
    }

    record ChannelDto(long id, long unitId, String unitCode, String unitName, ChannelKind kind, String name, String url, String urlKey,
                      String externalId, String purpose, LocalDate launchedOn, boolean active, long version, List<AdminDto> admins) {

        static ChannelDto of(Channel c) {
            return new ChannelDto(c.id(), c.unitId(), c.unitCode(), c.unitName(), c.kind(), c.name(), c.url(), c.urlKey(), c.externalId(),
                    c.purpose(), c.launchedOn(), c.active(), c.version(),
                    c.admins().stream().map(a -> new AdminDto(a.accountId(), a.username(), a.name(), a.contact())).toList());
        }
    }

    record RowDto(long id, long unitId, String unitName, ChannelKind kind, String name, String url, String purpose, LocalDate launchedOn,
                  boolean active, String admins) {

        static RowDto of(ChannelRegistryQueries.Row r) {
            return new RowDto(r.id(), r.unitId(), r.unitName(), r.kind(), r.name(), r.url(), r.purpose(), r.launchedOn(), r.active(), r.admins());
        }
    }

    record PageDto(List<RowDto> items, long total, int page, int pages) {
    }

    /** A channel as sent; the launch date as yyyy-MM-dd or dd/MM/yyyy text; admins without an account as "Name (contact)". */
    record ChannelInput(Long unitId, ChannelKind kind, String name, String url, String purpose, String launchedOn, List<Long> adminAccountIds,
                        List<String> otherAdmins, Long version) {

        ChannelForm form() {
            ChannelForm form = new ChannelForm();
            form.setUnitId(unitId);
            form.setKind(kind);
            form.setName(name);
            form.setUrl(url);
            form.setPurpose(purpose);
            form.setLaunchedOn(launchedOn);
            form.setAdminAccountIds(adminAccountIds);
            form.setOtherAdmins(otherAdmins == null ? "" : String.join("\n", otherAdmins));
            form.setVersion(version == null ? 0 : version);
            return form;
        }
    }

    @Operation(summary = "Các kênh của một nhánh đơn vị (mặc định: nhánh đầu tiên người gọi thấy)",
            description = "Lọc theo loại, tên đơn vị, tên kênh (không cần dấu), trạng thái ACTIVE | INACTIVE | ALL; phân trang.")
    @GetMapping
    PageDto list(@Parameter(description = "Mã số (id) đơn vị gốc của nhánh") @RequestParam(name = "don-vi", required = false) Long unitId,
                 @RequestParam(required = false) ChannelKind kind, @RequestParam(defaultValue = "") String unit,
                 @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "ACTIVE") String state,
                 @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        UnitRef scope = registry.scope(CurrentActor.get(), unitId);
        ChannelRegistryQueries.Page result = queries.search(new ChannelRegistryQueries.Filter(scope.path(), kind, unit, q,
                ChannelRegistryQueries.State.of(state)), page, Math.max(1, Math.min(MAX_SIZE, size)));
        return new PageDto(result.rows().stream().map(RowDto::of).toList(), result.total(), result.page(), result.pages());
    }

    @Operation(summary = "Một kênh, với người quản trị")
    @GetMapping("/{id}")
    ChannelDto get(@PathVariable long id) {
        return ChannelDto.of(registry.channel(CurrentActor.get(), id));
    }

    @Operation(summary = "Đăng ký kênh", description = "Địa chỉ phải đúng loại kênh (không phải bài viết, video, liên kết chia sẻ); "
            + "mỗi địa chỉ chỉ đăng ký một lần (409, nêu đơn vị đã có); ngày lập không sau hôm nay.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ChannelDto create(@RequestBody ChannelInput input) {
        Actor actor = CurrentActor.get();
        long id = registry.create(actor, input.form());
        return ChannelDto.of(registry.channel(actor, id));
    }

    @Operation(summary = "Sửa kênh", description = "Gửi kèm version đã đọc; 409 nếu đã có người sửa.")
    @PutMapping("/{id}")
    ChannelDto update(@PathVariable long id, @RequestBody ChannelInput input) {
        Actor actor = CurrentActor.get();
        registry.update(actor, id, input.form());
        return ChannelDto.of(registry.channel(actor, id));
    }

    @Operation(summary = "Tắt kênh", description = "Kênh vẫn được lưu, không còn tính vào độ phủ.")
    @PostMapping("/{id}/deactivate")
    ChannelDto deactivate(@PathVariable long id, @RequestParam(required = false) Long version) {
        Actor actor = CurrentActor.get();
        registry.deactivate(actor, id, version);
        return ChannelDto.of(registry.channel(actor, id));
    }
}
