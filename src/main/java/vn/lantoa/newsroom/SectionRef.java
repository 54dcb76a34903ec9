package vn.lantoa.newsroom;

/** A section (chuyên mục) as readers see it: its name and the address segment of its page. */
public record SectionRef(long id, String name, String slug) {
}
