package vn.lantoa.common.web;

/** The thing asked for does not exist, or the caller may not know that it does (HTTP 404). */
public class NotFound extends LocalizedException {

    public NotFound(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
