package vn.lantoa.portal.comments;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application accepts uploads of up to 500 MB (videos in the newsroom); a comment may carry 10 MB.
 * A comment post that says it is far larger than that is never parsed nor written to disk: its bytes
 * are read and thrown away (so that the browser, still sending, gets the answer instead of a reset
 * connection), and the request reaches the comment controller marked, with its body hidden; the
 * reader gets the page back with the reason. Posts of a plausible size are parsed as usual, and their
 * attachment is measured exactly (CommentAttachments).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CommentUploadLimit extends OncePerRequestFilter {

    static final String TOO_LARGE = CommentUploadLimit.class.getName() + ".tooLarge";
    /** Beyond what the application accepts at all, the connection is closed instead. */
    private static final long DRAIN_AT_MOST = 600L * 1024 * 1024;

    private final CommentLimits limits;

    CommentUploadLimit(CommentLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith(request.getContextPath() + CommentLinks.PUBLIC + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limits.maxRequestBytes()) {
            request.setAttribute(TOO_LARGE, Boolean.TRUE);
            if (declared <= DRAIN_AT_MOST) {
                try (InputStream body = request.getInputStream()) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            } else {
                response.setHeader("Connection", "close");
            }
            chain.doFilter(new Unread(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request without its body: no content type, no parameters, so nothing downstream parses it. */
    private static final class Unread extends HttpServletRequestWrapper {

        Unread(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
