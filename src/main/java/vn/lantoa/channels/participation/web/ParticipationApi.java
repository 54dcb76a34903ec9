package vn.lantoa.channels.participation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.channels.ParticipationShare;
import vn.lantoa.channels.participation.Declarations;
import vn.lantoa.channels.participation.ParticipationAccess;
import vn.lantoa.channels.participation.ParticipationShares;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.org.UnitRef;

@Tag(name = "Cán bộ tương tác", description = "Tỷ lệ cán bộ theo dõi và tương tác với trang của tỉnh, theo đơn vị")
@RestController
@RequestMapping("/api/v1")
class ParticipationApi {

    record ShareDto(long unitId, String code, String name, boolean own, int cadres, int following, int followingPercent, int interacting,
                    long interactions, double interactionsPerCadre, int targetPercent) {

        static ShareDto of(long unitId, String code, String name, boolean own, ParticipationShare s) {
            return new ShareDto(unitId, code, name, own, s.cadres(), s.following(), s.followingPercent(), s.interacting(), s.interactions(),
                    s.interactionsPerCadre(), ParticipationShare.TARGET_PERCENT);
        }
    }

    record BoardDto(String month, ShareDto total, List<ShareDto> units) {
    }

    private final ParticipationAccess access;
    private final ParticipationShares shares;
    private final Declarations declarations;

    ParticipationApi(ParticipationAccess access, ParticipationShares shares, Declarations declarations) {
        this.access = access;
        this.shares = shares;
        this.declarations = declarations;
    }

    @Operation(summary = "Tỷ lệ cán bộ theo dõi trang tỉnh và tương tác trong tháng của một đơn vị (cả cấp dưới) và từng đơn vị trực thuộc")
    @GetMapping("/channels/participation")
    BoardDto board(@RequestParam(name = "don-vi", required = false) Long unitId, @RequestParam(name = "thang", required = false) String thang) {
        Actor actor = CurrentActor.get();
        UnitRef unit = access.viewable(actor, unitId).orElseThrow(() -> new Forbidden("error.forbidden"));
        var board = shares.board(unit, ParticipationController.month(thang, declarations.currentMonth()));
        return new BoardDto(board.month().toString(), ShareDto.of(unit.id(), unit.code(), unit.name(), false, board.total()),
                board.units().stream().map(l -> ShareDto.of(l.unitId(), l.code(), l.name(), l.own(), l.share())).toList());
    }
}
