package vn.lantoa.newsroom.story;

import java.util.ArrayList;
import java.util.List;
import vn.lantoa.newsroom.StoryKind;

/**
 * The photo and video checklist of one kind of story (seed 001: a news item carries 3–5 photos, a
 * summary article at most 10, each with a caption). A story that fails it cannot be submitted.
 */
public record MediaRule(StoryKind kind, int minPhotos, int maxPhotos, int maxVideos, boolean captionRequired, boolean altRequired) {

    /** One unmet point of the checklist, as a message key and its arguments. */
    public record Gap(String messageKey, Object... args) {
    }

    public List<Gap> check(Story story) {
        List<Gap> gaps = new ArrayList<>();
        long photos = story.photoCount();
        if (photos < minPhotos) {
            gaps.add(new Gap("story.checklist.tooFewPhotos", minPhotos, photos));
        }
        if (photos > maxPhotos) {
            gaps.add(new Gap("story.checklist.tooManyPhotos", maxPhotos, photos));
        }
        if (story.videoCount() > maxVideos) {
            gaps.add(new Gap("story.checklist.tooManyVideos", maxVideos, story.videoCount()));
        }
        int position = 0;
        for (AttachedMedia item : story.media()) {
            position++;
            if (item.isPhoto() && captionRequired && item.caption().isBlank()) {
                gaps.add(new Gap("story.checklist.captionMissing", position));
            }
            if (item.isPhoto() && altRequired && item.altText().isBlank()) {
                gaps.add(new Gap("story.checklist.altMissing", position));
            }
        }
        return gaps;
    }

    /** Whether one more photo would break the upper limit: refused at upload, not only at submission. */
    public boolean roomForPhoto(Story story) {
        return story.photoCount() < maxPhotos;
    }

    public boolean roomForVideo(Story story) {
        return story.videoCount() < maxVideos;
    }
}
