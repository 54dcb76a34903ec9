package vn.lantoa.newsroom.story;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.newsroom.SectionsChanged;
import org.springframework.stereotype.Component;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;

/** The editable list of sections (chuyên mục) a story is filed under. */
@Component
public class Sections {

    public record Section(long id, String name, String slug, int position, boolean active) {
    }

    private static final int MAX_NAME = 120;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Sections(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Section> active() {
        return jdbc.sql("select id, name, slug, position, active from section where active order by position, name")
                .query(Section.class).list();
    }

    public List<Section> all() {
        return jdbc.sql("select id, name, slug, position, active from section order by active desc, position, name")
                .query(Section.class).list();
    }

    public Optional<Section> find(long id) {
        return jdbc.sql("select id, name, slug, position, active from section where id = :id").param("id", id)
                .query(Section.class).optional();
    }

    public long add(String name) {
        String clean = checkedName(name);
        String slug = uniqueSlug(clean);
        int position = jdbc.sql("select coalesce(max(position), 0) + 10 from section").query(Integer.class).single();
        long id = jdbc.sql("insert into section (name, slug, position) values (:name, :slug, :position) returning id")
                .param("name", clean).param("slug", slug).param("position", position).query(Long.class).single();
        changed();
        return id;
    }

    public void rename(long id, String name) {
        jdbc.sql("update section set name = :name where id = :id").param("name", checkedName(name)).param("id", id).update();
        changed();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update section set active = :active where id = :id").param("active", active).param("id", id).update();
        changed();
    }

    public void move(long id, int offset) {
        List<Section> sections = all();
        int from = indexOf(sections, id);
        int to = Math.max(0, Math.min(sections.size() - 1, from + offset));
        Section moved = sections.get(from);
        Section other = sections.get(to);
        jdbc.sql("update section set position = :position where id = :id").param("position", other.position()).param("id", moved.id()).update();
        jdbc.sql("update section set position = :position where id = :id").param("position", moved.position()).param("id", other.id()).update();
        changed();
    }

    private void changed() {
        events.publishEvent(new SectionsChanged());
    }

    private static int indexOf(List<Section> sections, long id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id() == id) {
                return i;
            }
        }
        throw new InvalidInput("id", "section.error.notFound");
    }

    private String checkedName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInput("name", "section.error.nameRequired");
        }
        if (clean.length() > MAX_NAME) {
            throw new InvalidInput("name", "section.error.nameTooLong", MAX_NAME);
        }
        boolean taken = jdbc.sql("select exists (select 1 from section where lower(name) = lower(:name))")
                .param("name", clean).query(Boolean.class).single();
        if (taken) {
            throw new Conflict("name", "section.error.duplicate", clean);
        }
        return clean;
    }

    private String uniqueSlug(String name) {
        String base = VietnameseText.slug(name);
        String slug = base;
        for (int n = 2; jdbc.sql("select exists (select 1 from section where slug = :slug)").param("slug", slug).query(Boolean.class).single(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
