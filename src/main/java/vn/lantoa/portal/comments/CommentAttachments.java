package vn.lantoa.portal.comments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.media.MediaStorage;

/**
 * Checks and keeps what readers attach. Photos go through the media library, which decodes them,
 * turns them upright and writes them anew without any metadata (so nothing but pixels survives of
 * what was sent); PDFs, which the media library does not take, are kept as sent in the media storage
 * under "comments/" and only ever served as downloads. Every refusal names the file and says why.
 */
@Component
class CommentAttachments {

    private static final Logger log = LoggerFactory.getLogger(CommentAttachments.class);
    /** The account id recorded for photos that readers, who have no account, sent. */
    static final long READER = 0;

    private final MediaLibrary media;
    private final MediaStorage storage;
    private final CommentSettings settings;

    CommentAttachments(MediaLibrary media, MediaStorage storage, CommentSettings settings) {
        this.media = media;
        this.storage = storage;
        this.settings = settings;
    }

    /** Checks size and type before anything is written, then keeps the file; throws InvalidInput on "attachment". */
    StoredAttachment store(Upload upload) {
        String name = cleanName(upload.fileName());
        if (upload.size() > settings.maxAttachmentBytes()) {
            throw new InvalidInput("attachment", "comment.error.attachmentTooLarge", name, settings.maxAttachmentMegabytes());
        }
        if (upload.size() == 0) {
            throw new InvalidInput("attachment", "comment.error.attachmentEmpty", name);
        }
        try {
            AttachmentType type = typeOf(upload, name);
            if (type.isImage()) {
                try (InputStream content = upload.open()) {
                    UUID id = media.storeImage(content, name, READER).id();
                    return new StoredAttachment(type, id, null, name, upload.size());
                } catch (InvalidInput refused) {
                    // The media library's own reasons (unreadable, too many pixels) are already Vietnamese; keep them on our field.
                    throw new InvalidInput("attachment", refused.messageKey(), refused.args());
                }
            }
            checkPdf(upload, name);
            String key = "comments/" + UUID.randomUUID() + ".pdf";
            try (InputStream content = upload.open()) {
                storage.put(key, content, upload.size(), type.contentType());
            }
            return new StoredAttachment(type, null, key, name, upload.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a kept file again (the comment could not be saved, or is being deleted). */
    void discard(StoredAttachment attachment) {
        try {
            if (attachment.mediaId() != null) {
                media.delete(attachment.mediaId());
            } else {
                storage.delete(attachment.storageKey());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove the attachment {} of a comment: {}", attachment, e.toString());
        }
    }

    InputStream openPdf(String storageKey) throws IOException {
        return storage.open(storageKey);
    }

    private static AttachmentType typeOf(Upload upload, String name) throws IOException {
        byte[] header;
        try (InputStream content = upload.open()) {
            header = content.readNBytes(AttachmentType.HEADER_BYTES);
        }
        Optional<AttachmentType> type = AttachmentType.detect(header);
        return type.orElseThrow(() -> new InvalidInput("attachment", "comment.error.attachmentType", name));
    }

    private static void checkPdf(Upload upload, String name) throws IOException {
        Optional<String> problem;
        try (InputStream content = upload.open()) {
            problem = AttachmentType.pdfProblem(content);
        }
        if (problem.isPresent()) {
            throw new InvalidInput("attachment", "damaged".equals(problem.get()) ? "comment.error.pdfDamaged" : "comment.error.pdfActive",
                    name);
        }
    }

    /** The file name without folders or control characters, at most 255 characters, for messages and downloads. */
    static String cleanName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (name.isEmpty()) {
            return "attachment";
        }
        return name.length() <= 255 ? name : name.substring(0, 255);
    }
}
