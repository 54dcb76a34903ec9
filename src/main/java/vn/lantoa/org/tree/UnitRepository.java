package vn.lantoa.org.tree;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    @Query("select u from Unit u where lower(u.code) = lower(?1)")
    Optional<Unit> findByCode(String code);

    Optional<Unit> findFirstByParentIdIsNullOrderById();

    java.util.List<Unit> findByParentIdOrderByNameFolded(long parentId);

    boolean existsByParentId(Long parentId);
}
