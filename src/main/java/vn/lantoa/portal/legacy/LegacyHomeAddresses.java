package vn.lantoa.portal.legacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.lantoa.portal.site.Sites;

/**
 * Old addresses made of the home page and a query ("/?p=123" of WordPress, "/?option=com_content&id=5"
 * of Joomla) reach the home page's controller, not the 404: they are looked up here before it. Only
 * requests of "/" with a query string that is not just tracking or a language cost a lookup.
 */
@Configuration(proxyBeanMethods = false)
class LegacyHomeAddresses implements WebMvcConfigurer, HandlerInterceptor {

    private final LegacyUrls legacy;
    private final Sites sites;

    LegacyHomeAddresses(LegacyUrls legacy, Sites sites) {
        this.legacy = legacy;
        this.sites = sites;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return true;
        }
        String oldPath = LegacyPath.ofRequest("/", query);
        if (oldPath.equals("/") || oldPath.matches("/\\?lang=[a-z]{2}")) {
            return true;
        }
        return legacy.find(sites.forHost(request.getServerName()), "/", query)
                .flatMap(LegacyUrls.Match::location)
                .map(location -> {
                    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                    response.setHeader("Location", location);
                    response.setHeader("Cache-Control", "public, max-age=86400");
                    return false;
                })
                .orElse(true);
    }
}
