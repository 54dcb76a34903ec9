package vn.lantoa.org.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.tree.Department;
import vn.lantoa.org.tree.DepartmentForm;
import vn.lantoa.org.tree.Departments;
import vn.lantoa.org.tree.OrgTree;
import vn.lantoa.org.tree.Unit;
import vn.lantoa.org.tree.UnitForm;
import vn.lantoa.org.tree.UnitQueries;

@Tag(name = "Đơn vị", description = "Cây tổ chức Hội trong phạm vi của người gọi")
@RestController
@RequestMapping("/api/v1")
class UnitApi {

    private final OrgTree tree;
    private final UnitQueries queries;
    private final Departments departments;

    UnitApi(OrgTree tree, UnitQueries queries, Departments departments) {
        this.tree = tree;
        this.queries = queries;
        this.departments = departments;
    }

    record UnitDto(long id, String code, String name, UnitLevel level, Long parentId, String path, boolean active,
                   Integer members, Integer women, LocalDate countedOn, Instant updatedAt, long version) {

        static UnitDto of(Unit unit) {
            return new UnitDto(unit.getId(), unit.getCode(), unit.getName(), unit.getLevel(), unit.getParentId(), unit.getPath(),
                    unit.isActive(), unit.getMembers(), unit.getWomen(), unit.getCountedOn(), unit.getUpdatedAt(), unit.getVersion());
        }
    }

    record DepartmentDto(long id, long unitId, String code, String name, boolean editorial, String email, boolean active) {

        static DepartmentDto of(Department d) {
            return new DepartmentDto(d.getId(), d.getUnitId(), d.getCode(), d.getName(), d.isEditorial(), d.getEmail(), d.isActive());
        }
    }

    record Move(@NotNull(message = "{validation.required}") Long newParentId) {
    }

    @Operation(summary = "Đơn vị gốc trong phạm vi, hoặc tìm theo tên/mã (có hay không dấu)")
    @GetMapping("/units")
    Object list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "50") int limit) {
        Actor actor = CurrentActor.get();
        if (q.isBlank()) {
            return queries.roots(actor);
        }
        return queries.search(actor, q, Math.max(1, Math.min(limit, 200)));
    }

    @GetMapping("/units/{id}")
    UnitDto get(@PathVariable long id) {
        return UnitDto.of(tree.get(CurrentActor.get(), id));
    }

    @GetMapping("/units/{id}/children")
    List<UnitQueries.TreeNode> children(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inactive) {
        tree.get(CurrentActor.get(), id);
        return queries.children(id, inactive);
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    UnitDto create(@Valid @RequestBody UnitForm form) {
        return UnitDto.of(tree.create(CurrentActor.get(), form));
    }

    @Operation(summary = "Sửa đơn vị", description = "Cán bộ đơn vị chỉ sửa được số hội viên, phụ nữ và ngày thống kê.")
    @PutMapping("/units/{id}")
    UnitDto update(@PathVariable long id, @Valid @RequestBody UnitForm form) {
        return UnitDto.of(tree.update(CurrentActor.get(), id, form));
    }

    @PostMapping("/units/{id}/move")
    UnitDto move(@PathVariable long id, @Valid @RequestBody Move move) {
        return UnitDto.of(tree.move(CurrentActor.get(), id, move.newParentId()));
    }

    @Operation(summary = "Ngừng hoạt động đơn vị và cả cây bên dưới", description = "Lịch sử được giữ nguyên.")
    @PostMapping("/units/{id}/deactivate")
    UnitDto deactivate(@PathVariable long id) {
        tree.deactivate(CurrentActor.get(), id);
        return get(id);
    }

    @PostMapping("/units/{id}/activate")
    UnitDto activate(@PathVariable long id) {
        return UnitDto.of(tree.activate(CurrentActor.get(), id));
    }

    @Operation(summary = "Xoá đơn vị", description = "Chỉ xoá được đơn vị không có đơn vị con và chưa có lịch sử; còn lại hãy ngừng hoạt động.")
    @DeleteMapping("/units/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        tree.delete(CurrentActor.get(), id);
    }

    @GetMapping("/units/{id}/departments")
    List<DepartmentDto> departments(@PathVariable long id) {
        return departments.of(CurrentActor.get(), id).stream().map(DepartmentDto::of).toList();
    }

    @PostMapping("/units/{id}/departments")
    @ResponseStatus(HttpStatus.CREATED)
    DepartmentDto createDepartment(@PathVariable long id, @Valid @RequestBody DepartmentForm form) {
        return DepartmentDto.of(departments.create(CurrentActor.get(), id, form));
    }

    @GetMapping("/departments/{id}")
    DepartmentDto department(@PathVariable long id) {
        return DepartmentDto.of(departments.get(CurrentActor.get(), id));
    }

    @PutMapping("/departments/{id}")
    DepartmentDto updateDepartment(@PathVariable long id, @Valid @RequestBody DepartmentForm form) {
        return DepartmentDto.of(departments.update(CurrentActor.get(), id, form));
    }
}
