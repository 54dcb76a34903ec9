package vn.lantoa.common.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese by default, English by choice (?lang=en, remembered in a cookie); Vietnam's time zone. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lantoa-lang") {
            /** Pages under /en/ (the portal's English introduction and contact) are English whatever the reader chose. */
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                if (request.getRequestURI().startsWith("/en/")) {
                    return Locale.ENGLISH;
                }
                Locale pinned = PageLocale.pinned(request);
                return pinned != null ? pinned : super.resolveLocale(request);
            }
        };
        resolver.setDefaultLocale(VIETNAMESE);
        return resolver;
    }

    /**
     * Takes the place of Boot's ResourceUrlEncodingFilter and leaves it unregistered. With the static
     * handler on "/**", that filter looked every link of a page up on the class path (a tree page has
     * ~350 links; misses are not cached), which made the tree page 10 times slower (docs/performance.md).
     * Asset links stay versionless and are still resolved by the webjars locator.
     */
    @Bean
    ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
        return new ResourceUrlEncodingFilter();
    }

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterRegistration(ResourceUrlEncodingFilter filter) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
