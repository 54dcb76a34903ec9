package vn.lantoa.newsroom;

/** A short news item (tin) or a longer article (bài). */
public enum StoryKind {
    NEWS,
    ARTICLE
}
