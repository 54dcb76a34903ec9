package vn.lantoa.portal.web;

import vn.lantoa.media.MediaAsset;

/** The picture link previews (Facebook, Zalo) show: the cover cut to 1200×630 by the media module. */
final class ShareImages {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;

    private ShareImages() {
    }

    static String url(MediaAsset cover) {
        return cover.shareCardUrl();
    }
}
