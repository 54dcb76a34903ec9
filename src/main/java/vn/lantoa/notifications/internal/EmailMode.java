package vn.lantoa.notifications.internal;

/** How a person wants notices by email; the app shows every notice whatever they choose. */
enum EmailMode {
    /** One email per notice, as it happens: the default. */
    EVERY,
    /** One summary each morning of what is still unread. */
    DIGEST,
    NONE
}
