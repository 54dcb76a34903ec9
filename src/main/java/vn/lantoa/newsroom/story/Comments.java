package vn.lantoa.newsroom.story;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The editorial thread of a story, read by everyone who may see the story, the author unit included. */
@Component
public class Comments {

    public record Comment(long id, long storyId, long authorId, String authorName, String body, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    Comments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long storyId, long authorId, String body, Instant at) {
        return jdbc.sql("insert into story_comment (story_id, author_id, body, created_at) values (:story, :author, :body, :at) returning id")
                .param("story", storyId).param("author", authorId).param("body", body).param("at", java.sql.Timestamp.from(at))
                .query(Long.class).single();
    }

    public List<Comment> of(long storyId) {
        return jdbc.sql("""
                select c.id, c.story_id, c.author_id, a.full_name as author_name, c.body, c.created_at
                from story_comment c join account a on a.id = c.author_id
                where c.story_id = :story order by c.created_at, c.id
                """).param("story", storyId).query(Comment.class).list();
    }
}
