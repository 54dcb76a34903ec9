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
    STALLED,
    /** The reader's unit has not met a quota and its period ends within the reminder days. */
    QUOTA_AT_RISK,
    /** The union's editors: how many of the units held by its quotas are at risk. */
    QUOTA_SUMMARY,
    /** A unit below sent its monthly report: the reader's level accepts or returns it. */
    REPORT_SUBMITTED,
    REPORT_ACCEPTED,
    REPORT_RETURNED,
    /** A Facebook Page or Zalo OA of the reader's unit lost its connection: why and what to do. */
    CHANNEL_FAILED,
    /** A moderation rule gave a comment on a fanpage to the reader to handle. */
    COMMENT_ASSIGNED,
    /** A conversation of a Page's inbox was given to the reader's department: a person waits for an answer. */
    INBOX_ROUTED
}
