package vn.lantoa.common.security;

import vn.lantoa.common.web.LocalizedException;

/** The caller is known but the action lies outside their roles or scope (HTTP 403). */
public class Forbidden extends LocalizedException {

    public Forbidden(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
