package vn.lantoa.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Pins the language of one request whatever the reader's language cookie says: pages cached for
 * everyone (the public site) must not depend on a cookie.
 */
public final class PageLocale {

    static final String ATTRIBUTE = PageLocale.class.getName();

    private PageLocale() {
    }

    public static void pin(HttpServletRequest request, Locale locale) {
        request.setAttribute(ATTRIBUTE, locale);
    }

    static Locale pinned(HttpServletRequest request) {
        return (Locale) request.getAttribute(ATTRIBUTE);
    }
}
