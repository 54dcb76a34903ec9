package vn.lantoa.common.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Refusals in pages: a readable page with the reason and a way back, never a stack trace. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final LayoutModel layout;

    PageExceptionHandler(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(LocalizedException.class)
    ModelAndView refused(LocalizedException e, HttpServletResponse response) {
        int status = e.httpStatus();
        response.setStatus(status);
        ModelAndView page = errorPage();
        page.addObject("status", status);
        page.addObject("messageKey", e.messageKey());
        page.addObject("messageArgs", e.args());
        return page;
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletResponse response) {
        response.setStatus(413);
        ModelAndView page = errorPage();
        page.addObject("status", 413);
        page.addObject("messageKey", "error.uploadTooLarge");
        page.addObject("messageArgs", new Object[0]);
        return page;
    }

    /** Exception handlers skip @ModelAttribute methods, so the layout's menu and user are added here. */
    private ModelAndView errorPage() {
        ModelAndView page = new ModelAndView("error");
        page.addObject("actor", layout.actor());
        page.addObject("navigation", layout.navigation());
        return page;
    }
}
