package vn.lantoa.portal.comments;

/** Where a reader's comment stands: nothing is shown before a moderator approves it. */
public enum CommentStatus { PENDING, APPROVED, REJECTED }
