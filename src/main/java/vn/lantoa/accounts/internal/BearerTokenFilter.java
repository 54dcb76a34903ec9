package vn.lantoa.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lantoa.common.web.ProblemResponses;

/** Authenticates API calls by "Authorization: Bearer lt_…" (a session token or a personal access token). */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Principals principals;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, Principals principals, ProblemResponses problems) {
        this.tokens = tokens;
        this.principals = principals;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var principal = tokens.accountOf(header.substring(7).trim())
                .flatMap(principals::byId)
                .filter(p -> p.isEnabled() && p.isAccountNonLocked());
        if (principal.isEmpty()) {
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.token.invalid");
            return;
        }
        AccountPrincipal actor = principal.get().withoutPassword();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(actor, null, actor.getAuthorities()));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Registered in the API security chain only, never as a plain servlet filter. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
