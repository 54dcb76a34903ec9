package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Addresses no controller answers: the public site's are answered by {@link NotFoundPage} (an old
 * address's redirect or the helpful 404). Everything else (staff areas, API, media, assets) is thrown
 * on untouched, so Spring answers it as before: rethrowing the same exception from a handler makes
 * the exception resolver carry on with its default processing.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class UnknownAddresses {

    private final NotFoundPage page;

    UnknownAddresses(NotFoundPage page) {
        this.page = page;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView unknown(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!NotFoundPage.answers(request)) {
            throw e;
        }
        return page.answer(request, response);
    }
}
