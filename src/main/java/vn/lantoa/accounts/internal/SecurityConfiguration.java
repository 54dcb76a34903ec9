package vn.lantoa.accounts.internal;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.security.web.AuthenticationEntryPoint;
import vn.lantoa.common.web.ProblemResponses;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; "
            + "frame-src https://www.youtube-nocookie.com https://www.facebook.com; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /**
     * The staff application. Everything else is the public site (the portal, its assets, login,
     * password reset, media by capability URL), so that any old or mistyped address reaches the
     * portal's helpful 404 instead of the login form. StaffAreasTest keeps every non-public
     * controller inside these prefixes.
     */
    static final String[] STAFF_AREAS = {"/admin", "/admin/**", "/newsroom", "/newsroom/**", "/notifications",
        "/notifications/**", "/accounts", "/accounts/**", "/profile", "/profile/**",
        "/accountability", "/accountability/**", "/channels", "/channels/**", "/actuator", "/actuator/**"};

    private static final String[] OPEN_ACTUATOR = {"/actuator/health", "/actuator/health/**"};

    /**
     * The Facebook Page webhook: Meta calls it without a session or token; the channels module checks the
     * handshake's verify token and every delivery's X-Hub-Signature-256 itself. Nothing else under /api is open.
     */
    static final String FACEBOOK_WEBHOOK = "/api/v1/channels/webhooks/facebook";

    /** Anonymous forms of the public site: nothing to forge, and a CSRF token would start a session on cached pages. */
    static final String[] SESSIONLESS_POSTS = {"/binh-luan/**", "/luot-xem/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(Principals principals, PasswordEncoder encoder,
                                                AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(principals) {
            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication, UserDetails user) {
                return super.createSuccessAuthentication(((AccountPrincipal) principal).withoutPassword(), authentication, user);
            }
        };
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Principals principals, ProblemResponses problems) throws Exception {
        BearerTokenFilter bearer = new BearerTokenFilter(tokens, principals, problems);
        return http
                .securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers(HttpMethod.GET, FACEBOOK_WEBHOOK).permitAll()
                        .requestMatchers(HttpMethod.POST, FACEBOOK_WEBHOOK).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Principals principals, LoginFailureHandler failures, IpThrottle ipThrottle)
            throws Exception {
        FreshActorFilter freshActor = new FreshActorFilter(principals);
        LoginThrottleFilter throttle = new LoginThrottleFilter(ipThrottle);
        AuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(
                new LoginUrlAuthenticationEntryPoint("/login"),
                new RequestMatcherEntry<>(new RequestHeaderRequestMatcher("HX-Request"), new HxRefreshHeaderAuthenticationEntryPoint()));
        return http
                .addFilterAfter(freshActor, SecurityContextHolderFilter.class)
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(OPEN_ACTUATOR).permitAll()
                        .requestMatchers(STAFF_AREAS).authenticated()
                        // The public site, login and password reset; photos and videos under /media, where the
                        // random id in the URL is the permission (see the media module).
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(SESSIONLESS_POSTS))
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/admin", false)
                        .failureHandler(failures)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }
}
