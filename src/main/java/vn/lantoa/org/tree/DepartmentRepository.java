package vn.lantoa.org.tree;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    List<Department> findByUnitIdOrderByName(long unitId);

    @Query("select count(d) > 0 from Department d where d.unitId = ?1 and lower(d.code) = lower(?2) and (?3 is null or d.id <> ?3)")
    boolean codeTaken(long unitId, String code, Long exceptId);
}
