package vn.lantoa.newsroom.published;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.PublishedStory;
import vn.lantoa.newsroom.SectionRef;
import vn.lantoa.newsroom.StoryCard;
import vn.lantoa.newsroom.StoryKind;

/** Published stories read straight from the newsroom's tables, for the public site. */
@Component
@Transactional(readOnly = true)
class PublishedStoryQueries implements PublishedStories {

    private static final String CARD_COLUMNS = """
            s.id, s.kind, s.title, s.summary, s.author_unit_id, s.author_unit_path, s.published_at, s.updated_at,
            s.cover_media_id, sec.id as section_id, sec.name as section_name, sec.slug as section_slug
            """;
    private static final String FROM = " from story s left join section sec on sec.id = s.section_id where s.status = 'PUBLISHED'";

    private final JdbcClient jdbc;

    PublishedStoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PublishedStory> find(long id) {
        return jdbc.sql("select " + CARD_COLUMNS + ", s.body, s.byline, s.event_at, s.event_place" + FROM + " and s.id = :id")
                .param("id", id)
                .query((rs, n) -> new PublishedStory(card(rs), rs.getString("body"), rs.getString("byline"), tags(id),
                        localDateTime(rs.getTimestamp("event_at")), rs.getString("event_place"), media(id)))
                .optional();
    }

    @Override
    public List<StoryCard> latest(Filter filter, int offset, int limit) {
        return filtered("select " + CARD_COLUMNS + FROM, filter, " order by s.published_at desc, s.id desc offset :offset limit :limit")
                .param("offset", Math.max(0, offset)).param("limit", Math.max(0, limit))
                .query((rs, n) -> card(rs)).list();
    }

    @Override
    public long count(Filter filter) {
        return filtered("select count(*)" + FROM, filter, "").query(Long.class).single();
    }

    @Override
    public List<StoryCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StoryCard> found = jdbc.sql("select " + CARD_COLUMNS + FROM + " and s.id in (:ids)").param("ids", ids)
                .query((rs, n) -> card(rs)).list().stream()
                .collect(Collectors.toMap(StoryCard::id, Function.identity()));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<SectionRef> sections() {
        return jdbc.sql("select id, name, slug from section where active order by position, name")
                .query((rs, n) -> new SectionRef(rs.getLong("id"), rs.getString("name"), rs.getString("slug"))).list();
    }

    @Override
    public Optional<SectionRef> section(String slug) {
        return jdbc.sql("select id, name, slug from section where active and slug = :slug").param("slug", slug)
                .query((rs, n) -> new SectionRef(rs.getLong("id"), rs.getString("name"), rs.getString("slug"))).optional();
    }

    @Override
    public void forEach(Consumer<StoryCard> reader) {
        long after = 0;
        List<StoryCard> batch;
        do {
            batch = jdbc.sql("select " + CARD_COLUMNS + FROM + " and s.id > :after order by s.id limit 1000")
                    .param("after", after).query((rs, n) -> card(rs)).list();
            batch.forEach(reader);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == 1000);
    }

    @Override
    public Map<Long, List<PublishedStory.Media>> photosOf(Collection<Long> storyIds) {
        if (storyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<PublishedStory.Media>> photos = new LinkedHashMap<>();
        jdbc.sql("select story_id, media_id, media_kind, caption, alt_text from story_media "
                        + "where story_id in (:ids) and media_kind = 'IMAGE' order by story_id, position")
                .param("ids", storyIds)
                .query((rs, n) -> Map.entry(rs.getLong("story_id"), media(rs))).list()
                .forEach(e -> photos.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return photos;
    }

    private JdbcClient.StatementSpec filtered(String select, Filter filter, String rest) {
        StringBuilder sql = new StringBuilder(select);
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.sectionId() != null) {
            sql.append(" and s.section_id = :section");
            params.put("section", filter.sectionId());
        }
        if (filter.unitPath() != null) {
            sql.append(" and s.author_unit_path like :path");
            params.put("path", filter.unitPath() + "%");
        }
        if (filter.tag() != null) {
            sql.append(" and exists (select 1 from story_tag t where t.story_id = s.id and t.tag = :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.excludeId() != null) {
            sql.append(" and s.id <> :exclude");
            params.put("exclude", filter.excludeId());
        }
        if (filter.withVideo()) {
            sql.append(" and exists (select 1 from story_media m where m.story_id = s.id and m.media_kind <> 'IMAGE')");
        }
        return jdbc.sql(sql.append(rest).toString()).params(params);
    }

    private List<String> tags(long id) {
        return jdbc.sql("select tag from story_tag where story_id = :id order by tag").param("id", id).query(String.class).list();
    }

    private List<PublishedStory.Media> media(long id) {
        return jdbc.sql("select media_id, media_kind, caption, alt_text from story_media where story_id = :id order by position")
                .param("id", id).query((rs, n) -> media(rs)).list();
    }

    private static PublishedStory.Media media(ResultSet rs) throws SQLException {
        return new PublishedStory.Media(rs.getObject("media_id", UUID.class),
                PublishedStory.MediaKind.valueOf(rs.getString("media_kind")), rs.getString("caption"), rs.getString("alt_text"));
    }

    private static StoryCard card(ResultSet rs) throws SQLException {
        long sectionId = rs.getLong("section_id");
        SectionRef section = rs.wasNull() ? null : new SectionRef(sectionId, rs.getString("section_name"), rs.getString("section_slug"));
        return new StoryCard(rs.getLong("id"), StoryKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("summary"), section, rs.getLong("author_unit_id"), rs.getString("author_unit_path"),
                instant(rs, "published_at"), instant(rs, "updated_at"), rs.getObject("cover_media_id", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static LocalDateTime localDateTime(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
