package vn.lantoa.media;

/** What a media asset is, and so which of its URLs exist. */
public enum MediaKind {
    /** A photo with width variants and a full-size copy, all without metadata. */
    IMAGE,
    /** An MP4 file stored by us and played back with range requests. */
    VIDEO,
    /** A video that stays on YouTube or Facebook; only its link and embed URL are kept. */
    VIDEO_LINK
}
