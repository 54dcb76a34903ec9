package vn.lantoa.notifications.internal;

import java.util.List;

/** Notices just written; their emails leave once the notices are safely committed. */
record NoticesRecorded(List<Long> ids) {
}
