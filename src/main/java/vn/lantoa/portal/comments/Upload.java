package vn.lantoa.portal.comments;

import java.io.IOException;
import java.io.InputStream;

/** A file a reader attached, as the web layer received it: read as often as needed, from disk. */
record Upload(String fileName, long size, Source source) {

    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    InputStream open() throws IOException {
        return source.open();
    }
}
