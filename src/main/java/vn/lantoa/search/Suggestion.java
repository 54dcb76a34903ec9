package vn.lantoa.search;

/** A title suggested while the reader types, and where it leads. */
public record Suggestion(String title, String url) {
}
