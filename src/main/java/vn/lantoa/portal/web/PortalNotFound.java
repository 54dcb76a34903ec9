package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.lantoa.common.web.NotFound;

/**
 * A portal controller that throws NotFound (an unknown story, section or unit) answers like any unknown
 * address: an old address's redirect, else the helpful 404 page. Ordered before the staff application's
 * PageExceptionHandler. The portal's own staff pages (under /admin) get the staff error page instead.
 */
@ControllerAdvice(basePackages = "vn.lantoa.portal")
@Order(0)
class PortalNotFound {

    private final NotFoundPage page;

    PortalNotFound(NotFoundPage page) {
        this.page = page;
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!NotFoundPage.answers(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return new ModelAndView();
        }
        return page.answer(request, response);
    }
}
