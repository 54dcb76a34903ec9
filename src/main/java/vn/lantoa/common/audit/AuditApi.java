package vn.lantoa.common.audit;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.common.security.CurrentActor;

@Tag(name = "Nhật ký", description = "Nhật ký thao tác trong phạm vi quản trị")
@RestController
class AuditApi {

    private final AuditQueries queries;

    AuditApi(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/audit")
    List<AuditQueries.Event> page(@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String q,
                                  @RequestParam(defaultValue = "0") int page) {
        return queries.page(CurrentActor.get(), action, q, page).stream().limit(AuditQueries.PAGE_SIZE).toList();
    }
}
