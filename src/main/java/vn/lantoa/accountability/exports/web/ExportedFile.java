package vn.lantoa.accountability.exports.web;

import vn.lantoa.accountability.exports.render.DownloadName;
import vn.lantoa.accountability.exports.render.ExportFormat;

/** A rendered export with what the response needs: content type and a Vietnamese-safe file name. */
public record ExportedFile(byte[] bytes, ExportFormat format, String title) {

    public String contentType() {
        return format.contentType();
    }

    public String contentDisposition() {
        return DownloadName.contentDisposition(title, format);
    }
}
