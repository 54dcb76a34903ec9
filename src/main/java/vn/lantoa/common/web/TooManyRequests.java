package vn.lantoa.common.web;

/** The caller tried too often; they must wait (HTTP 429). */
public class TooManyRequests extends LocalizedException {

    public TooManyRequests(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int httpStatus() {
        return 429;
    }
}
