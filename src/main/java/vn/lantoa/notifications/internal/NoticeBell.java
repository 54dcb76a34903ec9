package vn.lantoa.notifications.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.lantoa.common.security.CurrentActor;

/** The unread count the layout's bell shows (templates/notifications/bell.html). */
@ControllerAdvice
class NoticeBell {

    private final Notices notices;

    NoticeBell(Notices notices) {
        this.notices = notices;
    }

    /** Null for anonymous pages, and for the API, whose handlers also run model attributes but render no layout. */
    @ModelAttribute("unreadNotices")
    Long unreadNotices(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return CurrentActor.find().map(actor -> notices.unread(actor.accountId())).orElse(null);
    }
}
