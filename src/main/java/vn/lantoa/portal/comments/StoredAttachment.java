package vn.lantoa.portal.comments;

import java.util.UUID;

/** An attachment kept for a comment: a photo in the media library, or a PDF under a storage key. */
record StoredAttachment(AttachmentType type, UUID mediaId, String storageKey, String fileName, long sizeBytes) {

    String kind() {
        return type.isImage() ? "IMAGE" : "PDF";
    }
}
