package vn.lantoa.channels.publishing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.connect.Connections;
import vn.lantoa.channels.connect.Platform;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.fake.FakeGraphApi;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.media.TestImages;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.TestTree;

/**
 * A test province of its own under the root, with two communes, accounts holding roles there, channels
 * as the registry stores them, a connected Page (against the fake Graph API), and published stories
 * written straight to the newsroom's table (with real stored photos when asked).
 */
public final class PublishingFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TestTree tree;
    public final String tag;
    public final UnitRef province;
    public final UnitRef commune;
    public final UnitRef otherCommune;

    public PublishingFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tree = new TestTree(jdbc);
        this.tag = "PB" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        UnitRef root = tree.root();
        this.province = tree.insert(root, tag, "Hội LHPN tỉnh " + tag, UnitLevel.PROVINCE);
        this.commune = tree.insert(province, tag + "-1", "Hội LHPN xã Một " + tag, UnitLevel.COMMUNE);
        this.otherCommune = tree.insert(province, tag + "-2", "Hội LHPN xã Hai " + tag, UnitLevel.COMMUNE);
    }

    public UnitRef unit(long id) {
        return tree.unit(id);
    }

    /** A new account holding the role on the unit; returns its username (password: the demo one). */
    public String account(String role, UnitRef unit) {
        return tree.account("pb", role, unit);
    }

    public long accountId(String username) {
        return jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
    }

    public long channel(UnitRef unit, String kind, String name, String url, String externalId) {
        return jdbc.sql("""
                insert into channel (unit_id, kind, name, url, url_key, external_id) values (:unit, :kind, :name, :url, :key, :ext)
                returning id""")
                .param("unit", unit.id()).param("kind", kind).param("name", name).param("url", url)
                .param("key", url.replace("https://", "").replace("www.", "") + "#" + SEQUENCE.incrementAndGet()).param("ext", externalId)
                .query(Long.class).single();
    }

    /** A platform id nobody else uses in this JVM. */
    public String platformId() {
        return "7" + (System.nanoTime() % 1_000_000_000_000L) + SEQUENCE.incrementAndGet();
    }

    /** The province's Page, on the fake Graph API and connected with a Page token that may post. */
    public long connectedPage(Connections connections, TokenCipher cipher, String pageId, String token, String... permissions) {
        FakeGraphApi graph = FakeGraphApi.shared();
        graph.page(pageId, "Trang " + tag, 1000);
        graph.pageToken(token, pageId, permissions.length == 0
                ? new String[] {"pages_show_list", "pages_read_engagement", "pages_manage_posts"} : permissions);
        long channel = channel(province, "FACEBOOK_PAGE", "Fanpage " + tag, "https://www.facebook.com/" + pageId, pageId);
        connections.connect(channel, Platform.FACEBOOK, pageId, "Trang " + tag, cipher.seal(token), null, TokenCipher.hint(token), null, null,
                "pages_manage_posts", null, Instant.now());
        return channel;
    }

    /** A published story of the commune with these targets and photos (media ids, in the editor's order); cover = the first unless given. */
    public long publishedStory(String title, String summary, String body, boolean toFanpage, boolean toGroup, List<UUID> photos, UUID cover) {
        long author = jdbc.sql("select id from account where username = 'canbo.hacthanh'").query(Long.class).single();
        long id = jdbc.sql("""
                insert into story (kind, title, summary, body, author_unit_id, author_unit_path, to_fanpage, to_group, status, created_by,
                                   published_at, cover_media_id)
                values ('ARTICLE', :title, :summary, :body, :unit, :path, :fanpage, :group, 'PUBLISHED', :author, now(), :cover)
                returning id""")
                .param("title", title).param("summary", summary).param("body", body).param("unit", commune.id()).param("path", commune.path())
                .param("fanpage", toFanpage).param("group", toGroup).param("author", author)
                .param("cover", cover != null ? cover : photos.isEmpty() ? null : photos.get(0)).query(Long.class).single();
        for (int i = 0; i < photos.size(); i++) {
            jdbc.sql("""
                    insert into story_media (story_id, media_id, media_kind, position, caption, alt_text)
                    values (:story, :media, 'IMAGE', :position, :caption, :alt)""")
                    .param("story", id).param("media", photos.get(i)).param("position", i).param("caption", "Ảnh " + i)
                    .param("alt", "Mô tả " + i).update();
        }
        return id;
    }

    /** A real photo stored by the media library (its variants made), width × height pixels. */
    public static MediaAsset photo(MediaLibrary library, int width, int height, long seed) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(TestImages.photo(width, height, seed), "jpg", out);
            return library.storeImage(new ByteArrayInputStream(out.toByteArray()), "anh-" + seed + ".jpg", 1L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
