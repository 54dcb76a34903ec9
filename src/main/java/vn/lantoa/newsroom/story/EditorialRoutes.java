package vn.lantoa.newsroom.story;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * How each province routes its stories: whether a department head approves commune stories, and
 * department stories, before the editors take them. A province without settings uses both.
 */
@Component
public class EditorialRoutes {

    public record Route(long provinceUnitId, boolean communeNeedsDepartmentApproval, boolean departmentNeedsHeadApproval) {

        public boolean needsDepartmentApproval(Story story) {
            return story.isDepartmentStory() ? departmentNeedsHeadApproval : communeNeedsDepartmentApproval;
        }
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;

    EditorialRoutes(JdbcClient jdbc, OrgDirectory org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    public Route routeFor(long authorUnitId) {
        long province = org.provinceOf(authorUnitId).map(UnitRef::id).orElse(authorUnitId);
        return route(province);
    }

    public Route route(long provinceUnitId) {
        return jdbc.sql("""
                select province_unit_id, commune_needs_department_approval, department_needs_head_approval
                from editorial_route where province_unit_id = :province
                """).param("province", provinceUnitId).query(Route.class).optional()
                .orElse(new Route(provinceUnitId, true, true));
    }

    public void save(Route route) {
        jdbc.sql("""
                insert into editorial_route (province_unit_id, commune_needs_department_approval, department_needs_head_approval)
                values (:province, :commune, :department)
                on conflict (province_unit_id) do update set
                    commune_needs_department_approval = excluded.commune_needs_department_approval,
                    department_needs_head_approval = excluded.department_needs_head_approval,
                    updated_at = now()
                """)
                .param("province", route.provinceUnitId()).param("commune", route.communeNeedsDepartmentApproval())
                .param("department", route.departmentNeedsHeadApproval()).update();
    }
}
