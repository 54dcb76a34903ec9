package vn.lantoa.newsroom.web;

import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** "Now" for the newsroom pages, so that every row of a list is judged against the same moment. */
@ControllerAdvice(basePackageClasses = NewsroomModel.class)
class NewsroomModel {

    private final Clock clock;

    NewsroomModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("now")
    Instant now() {
        return clock.instant();
    }
}
