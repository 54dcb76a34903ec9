package vn.lantoa.common.web;

/** The caller could not be identified: wrong password, expired token (HTTP 401). */
public class Unauthenticated extends LocalizedException {

    public Unauthenticated(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int httpStatus() {
        return 401;
    }
}
