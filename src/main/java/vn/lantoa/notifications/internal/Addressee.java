package vn.lantoa.notifications.internal;

/** One person to tell, and what to tell them. */
record Addressee(long accountId, NoticeKind kind) {
}
