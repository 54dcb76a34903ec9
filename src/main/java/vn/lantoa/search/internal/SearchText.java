package vn.lantoa.search.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.search.SearchDocument;

/**
 * Text on its way into the index and back: documents and queries in Unicode NFC (ASCII folding of
 * diacritics needs composed letters) without control characters; what a reader typed cut to a sane
 * length; excerpts HTML-escaped. Plain Java, tested on its own.
 */
final class SearchText {

    /** A query longer than this is cut (at a space when there is one). */
    static final int MAX_QUERY_CHARS = 200;
    static final int MAX_QUERY_WORDS = 20;
    /** Body text beyond this is neither indexed nor kept: an article is far shorter. */
    static final int MAX_BODY_CHARS = 100_000;
    static final int MAX_KEY_CHARS = 200;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SEARCHABLE = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern LINK = Pattern.compile("(/(?![/\\\\])|https?://)\\S*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** NFC, control characters as spaces, invisible ones (zero-width, private use) removed, runs of white space as one space, trimmed; null stays null. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        String visible = INVISIBLE.matcher(CONTROL.matcher(composed).replaceAll(" ")).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").trim();
    }

    private static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /** The document as it is stored and indexed; refuses one without key, title, URL or date. */
    static SearchDocument document(SearchDocument d) {
        if (d == null) {
            throw new IllegalArgumentException("no document");
        }
        String key = cleanOrNull(d.key());
        String title = cleanOrNull(d.title());
        String url = cleanOrNull(d.url());
        if (key == null || key.length() > MAX_KEY_CHARS) {
            throw new IllegalArgumentException("a document needs a key of 1 to " + MAX_KEY_CHARS + " characters: " + d.key());
        }
        if (title == null || url == null || d.publishedAt() == null) {
            throw new IllegalArgumentException("document " + key + " needs a title, a URL and a publication time");
        }
        String imageUrl = cleanOrNull(d.imageUrl());
        if (!safeLink(url) || (imageUrl != null && !safeLink(imageUrl))) {
            throw new IllegalArgumentException("document " + key + ": links must be paths (/...) or http(s) URLs");
        }
        return new SearchDocument(key, title, cleanOrNull(d.summary()), cut(cleanOrNull(d.bodyText()), MAX_BODY_CHARS), url,
                d.sectionId(), cleanOrNull(d.sectionName()), d.unitId(), cleanOrNull(d.unitName()), unitPath(d.unitPath()),
                d.publishedAt(), imageUrl);
    }

    /** Links end up in href and src attributes: a path of this site or an http(s) URL, never "javascript:". */
    static boolean safeLink(String link) {
        return LINK.matcher(link).matches();
    }

    /** A unit path as a subtree prefix: "/1/25" becomes "/1/25/", so that it does not also match "/1/250/". */
    static String unitPath(String path) {
        String cleaned = cleanOrNull(path);
        if (cleaned == null) {
            return null;
        }
        cleaned = cleaned.replace(" ", "");
        return cleaned.endsWith("/") ? cleaned : cleaned + "/";
    }

    /**
     * What a reader typed, as it will be run: cleaned, at most {@value #MAX_QUERY_CHARS} characters and
     * {@value #MAX_QUERY_WORDS} words. Markup stays text (the analyzers keep only its words).
     */
    static String query(String typed) {
        String cleaned = clean(typed);
        if (cleaned == null) {
            return "";
        }
        if (cleaned.length() > MAX_QUERY_CHARS) {
            int space = cleaned.lastIndexOf(' ', MAX_QUERY_CHARS);
            cleaned = cleaned.substring(0, space > MAX_QUERY_CHARS / 2 ? space : safeEnd(cleaned, MAX_QUERY_CHARS)).trim();
        }
        String[] words = cleaned.split(" ");
        if (words.length > MAX_QUERY_WORDS) {
            cleaned = String.join(" ", Arrays.copyOf(words, MAX_QUERY_WORDS));
        }
        return cleaned;
    }

    /** Whether a query has anything an analyzer keeps: a letter or a digit. */
    static boolean searchable(String query) {
        return query != null && SEARCHABLE.matcher(query).find();
    }

    /** The words of a text, folded (no diacritics, đ → d, lower case), for suggestions. */
    static List<String> foldedWords(String text) {
        String folded = VietnameseText.fold(clean(text));
        return Arrays.stream(NOT_WORD.split(folded)).filter(w -> !w.isEmpty()).limit(MAX_QUERY_WORDS).toList();
    }

    /** The start of a text, cut at a space near {@code max} characters, with "…" when cut; HTML-escaped. */
    static String escapedExcerpt(String text, int max) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (text.length() <= max) {
            return escape(text);
        }
        int space = text.lastIndexOf(' ', max);
        int end = space > max / 2 ? space : safeEnd(text, max);
        return escape(text.substring(0, end).trim()) + "…";
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, safeEnd(text, max));
    }

    /** {@code max}, or one less when that would split a surrogate pair. */
    private static int safeEnd(String text, int max) {
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }
}
