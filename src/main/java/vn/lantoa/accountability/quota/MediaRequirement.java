package vn.lantoa.accountability.quota;

/** Whether only stories with photos or a video count (seed 000: "with photos or video"). */
public enum MediaRequirement {
    NONE,
    PHOTO,
    VIDEO,
    PHOTO_OR_VIDEO;

    public boolean isMetBy(boolean hasPhoto, boolean hasVideo) {
        return switch (this) {
            case NONE -> true;
            case PHOTO -> hasPhoto;
            case VIDEO -> hasVideo;
            case PHOTO_OR_VIDEO -> hasPhoto || hasVideo;
        };
    }
}
