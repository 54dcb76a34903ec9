package vn.lantoa.newsroom.story;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every saved state of a story's text, and the side-by-side comparison of any two. */
@Component
public class Revisions {

    public record Revision(long id, long storyId, int number, String title, String summary, String body, String byline,
                           long savedBy, String savedByName, Instant savedAt, String note) {
    }

    /** One row of a side-by-side comparison; the texts carry <del>/<ins> marks around changed words. */
    public record Row(DiffRow.Tag tag, String before, String after) {

        public boolean changed() {
            return tag != DiffRow.Tag.EQUAL;
        }
    }

    private static final String COLUMNS = """
            r.id, r.story_id, r.number, r.title, r.summary, r.body, r.byline, r.saved_by, a.full_name as saved_by_name, r.saved_at, r.note
            from story_revision r join account a on a.id = r.saved_by
            """;

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(open -> open ? "<del>" : "</del>")
            .newTag(open -> open ? "<ins>" : "</ins>")
            .build();

    private final JdbcClient jdbc;

    Revisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void keep(Story story, long savedBy, Instant at, String note) {
        jdbc.sql("""
                insert into story_revision (story_id, number, title, summary, body, byline, saved_by, saved_at, note)
                values (:story, (select coalesce(max(number), 0) + 1 from story_revision where story_id = :story),
                        :title, :summary, :body, :byline, :savedBy, :at, :note)
                """)
                .param("story", story.id()).param("title", story.title()).param("summary", story.summary())
                .param("body", story.body()).param("byline", story.byline()).param("savedBy", savedBy)
                .param("at", java.sql.Timestamp.from(at)).param("note", note).update();
    }

    public int latestNumber(long storyId) {
        return jdbc.sql("select coalesce(max(number), 0) from story_revision where story_id = :story")
                .param("story", storyId).query(Integer.class).single();
    }

    public List<Revision> of(long storyId) {
        return jdbc.sql("select " + COLUMNS + " where r.story_id = :story order by r.number desc")
                .param("story", storyId).query(Revision.class).list();
    }

    public Optional<Revision> find(long storyId, int number) {
        return jdbc.sql("select " + COLUMNS + " where r.story_id = :story and r.number = :number")
                .param("story", storyId).param("number", number).query(Revision.class).optional();
    }

    /** Title, summary and body compared block by block, in reading order. */
    public static List<Row> compare(Revision before, Revision after) {
        List<Row> rows = new ArrayList<>();
        rows.addAll(rows(List.of(before.title()), List.of(after.title())));
        rows.addAll(rows(List.of(before.summary()), List.of(after.summary())));
        rows.addAll(rows(RichText.blocks(before.body()), RichText.blocks(after.body())));
        return rows;
    }

    private static List<Row> rows(List<String> before, List<String> after) {
        return GENERATOR.generateDiffRows(before, after).stream()
                .map(row -> new Row(row.getTag(), row.getOldLine(), row.getNewLine()))
                .toList();
    }
}
