package vn.lantoa.newsroom;

/** A section was added, renamed, hidden or moved: anything that lists sections may need redrawing. */
public record SectionsChanged() {
}
