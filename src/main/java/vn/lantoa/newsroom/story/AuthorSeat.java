package vn.lantoa.newsroom.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;

/**
 * A place a person writes from: their unit (a unit officer, an editor) or their department (staff
 * and heads of a Ban). Decides whose story it is, and so who may carry it on.
 */
public record AuthorSeat(long unitId, String unitPath, String unitName, Long departmentId) {

    public String key() {
        return departmentId != null ? "d" + departmentId : "u" + unitId;
    }

    public static List<AuthorSeat> of(Actor actor) {
        Map<String, AuthorSeat> seats = new LinkedHashMap<>();
        for (Grant grant : actor.grants()) {
            if (grant.role().needsDepartment()) {
                put(seats, new AuthorSeat(grant.unitId(), grant.unitPath(), grant.unitName(), grant.departmentId()));
            } else if (grant.role() == Role.UNIT_OFFICER || grant.role() == Role.EDITOR) {
                put(seats, new AuthorSeat(grant.unitId(), grant.unitPath(), grant.unitName(), null));
            }
        }
        return new ArrayList<>(seats.values());
    }

    private static void put(Map<String, AuthorSeat> seats, AuthorSeat seat) {
        seats.putIfAbsent(seat.key(), seat);
    }
}
