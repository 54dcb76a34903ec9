package vn.lantoa.channels.moderation;

import vn.lantoa.common.web.LocalizedException;

/** Facebook refused a moderator's action: nothing changed, here or there. The message says why, in the reader's words. */
public class ModerationRefused extends LocalizedException {

    public ModerationRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int httpStatus() {
        return 502;
    }
}
