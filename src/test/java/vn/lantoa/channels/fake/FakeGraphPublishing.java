package vn.lantoa.channels.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lantoa.channels.fake.FakeHttpServer.Received;
import vn.lantoa.channels.fake.FakeHttpServer.Reply;

/**
 * Publishing on a Page as the Graph API documents it (v26.0), an extension of {@link FakeGraphApi}:
 * {@code POST /{page-id}/photos} with a multipart {@code source} (and {@code published=false} for a
 * photo to attach later) answers {@code {"id":"<photo-id>"}}, without a file error 324 "Requires upload
 * file"; {@code POST /{page-id}/feed} with {@code message}, {@code link} or {@code attached_media[n]}
 * ({@code {"media_fbid":"…"}}) answers {@code {"id":"<page-id>_<n>"}}, an unknown or already used
 * media_fbid error 100. A token without pages_manage_posts, or another Page's, gets error 200; a
 * rate-limited Page error 32 (the base fake's switch); an expired token 190/463 (the base fake). Tests
 * can make a Page's next N calls fail with HTTP 500 (code 2, "retry later"). What was posted is kept.
 */
public final class FakeGraphPublishing implements FakeGraphApi.Extension {

    /** A post on a Page's feed as received. */
    public record Post(String id, String pageId, String message, String link, List<String> attachedPhotoIds) {
    }

    /** A photo uploaded to a Page: its size, whether it was published on upload, and its caption. */
    public record Photo(String id, String pageId, int bytes, boolean published, String caption) {
    }

    private static final Pattern ATTACHED = Pattern.compile("attached_media\\[(\\d+)]");
    private static final Pattern MEDIA_FBID = Pattern.compile("\"media_fbid\"\\s*:\\s*\"([^\"]+)\"");
    private static volatile FakeGraphPublishing shared;

    private final FakeGraphApi graph;
    private final AtomicInteger sequence = new AtomicInteger(1000);
    private final Map<String, Photo> photos = new ConcurrentHashMap<>();
    private final Map<String, Boolean> attached = new ConcurrentHashMap<>();
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    private FakeGraphPublishing(FakeGraphApi graph) {
        this.graph = graph;
    }

    /** The extension, registered once on the shared fake Graph API. */
    public static synchronized FakeGraphPublishing shared() {
        if (shared == null) {
            shared = new FakeGraphPublishing(FakeGraphApi.shared());
            FakeGraphApi.shared().extend("publishing", shared);
        }
        return shared;
    }

    /** The Page's next {@code n} calls to this edge ("photos" or "feed") answer HTTP 500. */
    public void failNext(String pageId, String edge, int n) {
        failures.computeIfAbsent(pageId + "/" + edge, p -> new AtomicInteger()).set(n);
    }

    public List<Post> posts(String pageId) {
        return posts.stream().filter(p -> p.pageId().equals(pageId)).toList();
    }

    public List<Photo> photos(String pageId) {
        return photos.values().stream().filter(p -> p.pageId().equals(pageId))
                .sorted(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.id().substring(p.id().lastIndexOf('-') + 1)))).toList();
    }

    @Override
    public Reply answer(Received r, String[] parts, FakeGraphApi.Token token) {
        if (!"POST".equals(r.method()) || parts.length != 2 || !(parts[1].equals("photos") || parts[1].equals("feed"))) {
            return null;
        }
        FakeGraphApi.Page page = graph.pageById(parts[0]);
        if (page == null) {
            return null; // the base fake answers an unknown object (100/33)
        }
        if (page.isRateLimited()) {
            return graph.error(400, "(#32) Page request limit reached", "OAuthException", 32, null);
        }
        AtomicInteger failing = failures.get(page.id() + "/" + parts[1]);
        if (failing != null && failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return graph.error(500, "An unexpected error has occurred. Please retry your request later.", "OAuthException", 2, null);
        }
        if (!token.page() || !token.subjectId().equals(page.id()) || !token.permissions().contains("pages_manage_posts")) {
            return graph.error(403, "(#200) Requires pages_manage_posts permission to publish on the Page", "OAuthException", 200, null);
        }
        return parts[1].equals("photos") ? photo(r, page) : feed(r, page);
    }

    private Reply photo(Received r, FakeGraphApi.Page page) {
        byte[] source = r.files().get("source");
        if (source == null || source.length == 0) {
            return graph.error(400, "(#324) Requires upload file", "OAuthException", 324, null);
        }
        String id = page.id() + "-photo-" + sequence.incrementAndGet();
        boolean published = !"false".equalsIgnoreCase(r.param("published"));
        photos.put(id, new Photo(id, page.id(), source.length, published, r.param("caption")));
        return Reply.json(200, "{\"id\":\"" + id + "\"}");
    }

    private Reply feed(Received r, FakeGraphApi.Page page) {
        Map<Integer, String> media = new TreeMap<>();
        for (Map.Entry<String, String> field : r.form().entrySet()) {
            Matcher m = ATTACHED.matcher(field.getKey());
            if (m.matches()) {
                Matcher id = MEDIA_FBID.matcher(field.getValue());
                if (!id.find()) {
                    return graph.error(400, "(#100) param attached_media must be an array of objects with media_fbid", "OAuthException", 100, null);
                }
                media.put(Integer.parseInt(m.group(1)), id.group(1));
            }
        }
        for (String id : media.values()) {
            Photo photo = photos.get(id);
            if (photo == null || !photo.pageId().equals(page.id()) || photo.published() || attached.containsKey(id)) {
                return graph.error(400, "(#100) Invalid parameter: media_fbid " + id + " is not an unpublished photo of this Page",
                        "OAuthException", 100, null);
            }
        }
        String message = r.param("message");
        String link = r.param("link");
        if ((message == null || message.isBlank()) && (link == null || link.isBlank()) && media.isEmpty()) {
            return graph.error(400, "(#100) The post is empty", "OAuthException", 100, null);
        }
        media.values().forEach(id -> attached.put(id, true));
        String id = page.id() + "_" + sequence.incrementAndGet();
        posts.add(new Post(id, page.id(), message, link, new ArrayList<>(media.values())));
        return Reply.json(200, "{\"id\":\"" + id + "\"}");
    }
}
