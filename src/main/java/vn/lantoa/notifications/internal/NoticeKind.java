package vn.lantoa.notifications.internal;

/**
 * What a notice tells its reader. The same story event reads differently to different people (the
 * head is asked to approve, the author only learns that it went up), so a kind names both the event
 * and what it asks of the reader; its text is notice.text.KIND in the message bundles.
 */
enum NoticeKind {
    /** Submitted, waiting for the reader to approve it at the department step. */
    TO_APPROVE,
    /** Submitted straight to the editors, waiting for the reader to edit it. */
    TO_EDIT,
    /** Approved by the department, now waiting for the reader to edit it. */
    APPROVED_TO_EDIT,
    /** Approved by the department: the author's side learns it moved on. */
    APPROVED,
    RETURNED,
    REJECTED,
    PUBLISHED,
    UNPUBLISHED,
    COMMENTED,
    /** Waited more working hours than allowed at the step the reader must act on. */
    STALLED
}
