package vn.lantoa.portal.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.lantoa.common.web.PageLocale;

/**
 * Serves the public pages from {@link PageCache} to anonymous readers, with ETag and Last-Modified
 * (a 304 when the reader already has the page) and a Cache-Control a CDN may follow. Runs after
 * Spring Security, so the security headers of the first answer are kept and replayed.
 */
@Component
class PageCacheFilter extends OncePerRequestFilter {

    /** Browsers and CDNs may keep a page a minute and serve it a while longer while they check it again. */
    static final String PUBLIC_CACHE = "public, max-age=60, stale-while-revalidate=300";
    private static final String NOT_STORED = "no-cache";
    private static final Set<String> PAGE_PREFIXES = Set.of("/tin/", "/chuyen-muc/", "/don-vi/", "/the/", "/en/");
    private static final Set<String> PAGES = Set.of("/", "/gioi-thieu", "/co-cau-to-chuc", "/lien-he", "/rss.xml", "/robots.txt",
            "/doc-nhieu");
    /** The only parameters that change a public page; others (fbclid, utm_…) share the cached copy. */
    private static final Set<String> MEANINGFUL_PARAMETERS = Set.of("trang", "ky");
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding");
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PageCache cache;

    PageCacheFilter(PageCache cache) {
        this.cache = cache;
    }

    static boolean isPublicPage(String path) {
        return PAGES.contains(path) || path.startsWith("/sitemap") && path.endsWith(".xml")
                || PAGE_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isPublicPage(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PageLocale.pin(request, VIETNAMESE);
        boolean readable = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameter("lang") == null && isAnonymous();
        if (!readable) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        PageCache.Page cached = cache.get(key);
        if (cached != null) {
            replay(cached, request, response);
            return;
        }
        long generation = cache.generation();
        response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        if (wrapper.getStatus() != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.SET_COOKIE)
                || "HEAD".equals(request.getMethod())) {
            if (wrapper.getStatus() != HttpServletResponse.SC_OK) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, NOT_STORED);
            }
            wrapper.copyBodyToResponse();
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String etag = etag(body);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, now.toEpochMilli());
        cache.put(key, new PageCache.Page(wrapper.getStatus(), body, headers(response), etag, now, generation));
        wrapper.copyBodyToResponse();
    }

    private static void replay(PageCache.Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (Map.Entry<String, String> header : page.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(page.status());
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    private static boolean notModified(PageCache.Page page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return ifNoneMatch.equals("*") || List.of(ifNoneMatch.split("\\s*,\\s*")).contains(page.etag());
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && !page.lastModified().isAfter(Instant.ofEpochMilli(since));
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }

    private static List<Map.Entry<String, String>> headers(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        if (response.getContentType() != null && response.getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, response.getContentType()));
        }
        return headers;
    }

    private static String key(HttpServletRequest request) {
        TreeMap<String, String> parameters = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (MEANINGFUL_PARAMETERS.contains(name) && values.length > 0) {
                parameters.put(name, values[0]);
            }
        });
        return request.getServerName().toLowerCase(Locale.ROOT) + request.getRequestURI() + parameters;
    }

    private static boolean isAnonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
