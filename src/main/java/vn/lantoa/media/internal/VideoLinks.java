package vn.lantoa.media.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.lantoa.common.web.InvalidInput;

/**
 * Recognizes YouTube and Facebook video links in the forms people paste and gives each one normal
 * form, plus the URL of the platform's player for an iframe (YouTube's privacy-enhanced domain).
 */
final class VideoLinks {

    private static final int MAX_LENGTH = 2000;
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern DIGITS = Pattern.compile("\\d{5,25}");
    private static final Pattern FB_WATCH_CODE = Pattern.compile("[A-Za-z0-9_-]{4,40}");
    private static final Pattern FB_PAGE = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final List<String> PREFIXES = List.of("www.", "m.", "mobile.", "web.");

    private VideoLinks() {
    }

    record Link(String url, String embedUrl) {
    }

    static Link normalize(String text) {
        URI uri = parse(text).orElseThrow(VideoLinks::refused);
        String host = host(uri);
        List<String> path = segments(uri);
        Optional<Link> link = switch (host) {
            case "youtube.com", "youtube-nocookie.com" -> youtube(path, uri.getRawQuery()).map(VideoLinks::youtube);
            case "youtu.be" -> path.size() == 1 ? youtubeId(path.get(0)).map(VideoLinks::youtube) : Optional.empty();
            case "facebook.com" -> facebook(path, uri.getRawQuery()).map(VideoLinks::facebook);
            case "fb.watch" -> path.size() == 1 && FB_WATCH_CODE.matcher(path.get(0)).matches()
                    ? Optional.of(facebook("https://fb.watch/" + path.get(0) + "/")) : Optional.empty();
            default -> Optional.empty();
        };
        return link.orElseThrow(VideoLinks::refused);
    }

    private static Optional<URI> parse(String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        String withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed;
        try {
            URI uri = new URI(withScheme);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null && uri.getUserInfo() == null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String host(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            if (host.startsWith(prefix)) {
                return host.substring(prefix.length());
            }
        }
        return host;
    }

    private static List<String> segments(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /** watch?v=ID, shorts/ID, live/ID, embed/ID. */
    private static Optional<String> youtube(List<String> path, String query) {
        if (path.equals(List.of("watch"))) {
            return queryParam(query, "v").flatMap(VideoLinks::youtubeId);
        }
        if (path.size() == 2 && List.of("shorts", "live", "embed").contains(path.get(0))) {
            return youtubeId(path.get(1));
        }
        return Optional.empty();
    }

    private static Optional<String> youtubeId(String candidate) {
        return YOUTUBE_ID.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    private static Link youtube(String id) {
        return new Link("https://www.youtube.com/watch?v=" + id, "https://www.youtube-nocookie.com/embed/" + id);
    }

    /** watch/?v=ID, video.php?v=ID, reel/ID, PAGE/videos/ID and PAGE/videos/TITLE/ID. */
    private static Optional<String> facebook(List<String> path, String query) {
        if (path.equals(List.of("watch")) || path.equals(List.of("video.php"))) {
            return queryParam(query, "v").filter(v -> DIGITS.matcher(v).matches()).map(v -> "https://www.facebook.com/watch/?v=" + v);
        }
        if (path.size() == 2 && path.get(0).equals("reel") && DIGITS.matcher(path.get(1)).matches()) {
            return Optional.of("https://www.facebook.com/reel/" + path.get(1));
        }
        boolean pageVideo = path.size() >= 3 && path.size() <= 4 && path.get(1).equals("videos")
                && FB_PAGE.matcher(path.get(0)).matches() && DIGITS.matcher(path.get(path.size() - 1)).matches();
        return pageVideo ? Optional.of("https://www.facebook.com/" + path.get(0) + "/videos/" + path.get(path.size() - 1) + "/")
                : Optional.empty();
    }

    /** Facebook's embedded video player takes the video's URL as a parameter. */
    private static Link facebook(String url) {
        return new Link(url, "https://www.facebook.com/plugins/video.php?href=" + URLEncoder.encode(url, StandardCharsets.UTF_8)
                + "&show_text=false");
    }

    private static Optional<String> queryParam(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> pair.substring(name.length() + 1))
                .findFirst();
    }

    private static InvalidInput refused() {
        return new InvalidInput("url", "media.error.notAVideoLink");
    }
}
