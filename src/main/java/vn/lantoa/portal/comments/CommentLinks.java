package vn.lantoa.portal.comments;

/** The addresses of the comments, in one place. */
public final class CommentLinks {

    /** The public form's target and the no-JavaScript page of a story's comments. */
    public static final String PUBLIC = "/binh-luan";
    public static final String QUEUE = "/admin/portal/comments";
    public static final String RULES = "/admin/portal/comments/rules";

    private CommentLinks() {
    }

    public static String post(long storyId) {
        return PUBLIC + "/" + storyId;
    }

    /** An approved comment's PDF, as a download. */
    public static String publicPdf(long commentId) {
        return PUBLIC + "/tep/" + commentId;
    }

    /** Any comment's PDF, for its moderators. */
    public static String moderatorPdf(long commentId) {
        return QUEUE + "/" + commentId + "/attachment";
    }
}
