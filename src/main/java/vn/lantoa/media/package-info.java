/**
 * Photos and videos of the union's stories: uploads checked by their content, size and pixel count,
 * width variants of every image without its metadata (EXIF, GPS), MP4 videos played back with range
 * requests, and YouTube or Facebook video links. Files live behind {@link vn.lantoa.media.MediaStorage}
 * (the data directory by default, an S3-compatible store by configuration) and are served under
 * {@code /media/{id}/…} to anyone holding the random id. Other modules use {@link vn.lantoa.media.MediaLibrary};
 * captions, alt text and the choice of a cover belong to the modules that show the media.
 */
@ApplicationModule(displayName = "Media", allowedDependencies = {"common"})
package vn.lantoa.media;

import org.springframework.modulith.ApplicationModule;
