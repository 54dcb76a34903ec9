package vn.lantoa.newsroom.story;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoryRepository extends JpaRepository<Story, Long> {

    @Query("select s.id from Story s where s.status = vn.lantoa.newsroom.StoryStatus.SCHEDULED and s.publishAt <= ?1")
    List<Long> dueToPublish(Instant now);

    @Query("select s.id from Story s where s.status = vn.lantoa.newsroom.StoryStatus.PUBLISHED and s.unpublishAt <= ?1")
    List<Long> dueToUnpublish(Instant now);
}
