package vn.lantoa.channels.moderation;

/** What a moderator does to a comment; each counts as handling it. */
public enum CommentAction {
    HIDE, UNHIDE, DELETE, HANDLED
}
