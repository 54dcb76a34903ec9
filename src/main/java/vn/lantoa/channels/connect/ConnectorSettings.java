package vn.lantoa.channels.connect;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where Facebook and Zalo are and how long to wait for them; the apps' ids and secrets when the
 * administrator configured them (LANTOA_FACEBOOK_APP_ID / _SECRET, LANTOA_ZALO_APP_ID / _SECRET).
 * The base URLs are properties so that another Graph version, or the tests' fake servers, can be used;
 * the tests, which share one application context, move them with {@link #pointAt} once the fakes have
 * their ports.
 */
@Component
public class ConnectorSettings {

    private volatile String graphUrl;
    private volatile String dialogUrl;
    private volatile String zaloOpenapiUrl;
    private volatile String zaloOauthUrl;
    private volatile String facebookAppId;
    private volatile String facebookAppSecret;
    private volatile String zaloAppId;
    private volatile String zaloAppSecret;
    private final String baseUrl;
    private final Duration connectTimeout;
    private final Duration callTimeout;
    private final Duration zaloRefreshBefore;
    private final Duration rateLimitBackoff;
    private final int firstPullDays;

    ConnectorSettings(@Value("${lantoa.channels.facebook.graph-url:https://graph.facebook.com/v26.0}") String graphUrl,
                      @Value("${lantoa.channels.facebook.dialog-url:https://www.facebook.com/v26.0/dialog/oauth}") String dialogUrl,
                      @Value("${lantoa.channels.zalo.openapi-url:https://openapi.zalo.me}") String zaloOpenapiUrl,
                      @Value("${lantoa.channels.zalo.oauth-url:https://oauth.zaloapp.com/v4/oa}") String zaloOauthUrl,
                      @Value("${lantoa.channels.facebook.app-id:${LANTOA_FACEBOOK_APP_ID:}}") String facebookAppId,
                      @Value("${lantoa.channels.facebook.app-secret:${LANTOA_FACEBOOK_APP_SECRET:}}") String facebookAppSecret,
                      @Value("${lantoa.channels.zalo.app-id:${LANTOA_ZALO_APP_ID:}}") String zaloAppId,
                      @Value("${lantoa.channels.zalo.app-secret:${LANTOA_ZALO_APP_SECRET:}}") String zaloAppSecret,
                      @Value("${lantoa.base-url}") String baseUrl,
                      @Value("${lantoa.channels.connect-timeout:10s}") Duration connectTimeout,
                      @Value("${lantoa.channels.call-timeout:30s}") Duration callTimeout,
                      @Value("${lantoa.channels.zalo.refresh-before:2h}") Duration zaloRefreshBefore,
                      @Value("${lantoa.channels.rate-limit-backoff:1h}") Duration rateLimitBackoff,
                      @Value("${lantoa.channels.first-pull-days:90}") int firstPullDays) {
        this.graphUrl = trim(graphUrl);
        this.dialogUrl = dialogUrl;
        this.zaloOpenapiUrl = trim(zaloOpenapiUrl);
        this.zaloOauthUrl = trim(zaloOauthUrl);
        this.facebookAppId = facebookAppId;
        this.facebookAppSecret = facebookAppSecret;
        this.zaloAppId = zaloAppId;
        this.zaloAppSecret = zaloAppSecret;
        this.baseUrl = trim(baseUrl);
        this.connectTimeout = connectTimeout;
        this.callTimeout = callTimeout;
        this.zaloRefreshBefore = zaloRefreshBefore;
        this.rateLimitBackoff = rateLimitBackoff;
        this.firstPullDays = firstPullDays;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** For tests: the platforms' addresses (the fake servers'). */
    public void pointAt(String graphUrl, String dialogUrl, String zaloOpenapiUrl, String zaloOauthUrl) {
        this.graphUrl = trim(graphUrl);
        this.dialogUrl = dialogUrl;
        this.zaloOpenapiUrl = trim(zaloOpenapiUrl);
        this.zaloOauthUrl = trim(zaloOauthUrl);
    }

    /** For tests: the apps (blank values: no app, the pasted-token way only). */
    public void useApps(String facebookAppId, String facebookAppSecret, String zaloAppId, String zaloAppSecret) {
        this.facebookAppId = facebookAppId;
        this.facebookAppSecret = facebookAppSecret;
        this.zaloAppId = zaloAppId;
        this.zaloAppSecret = zaloAppSecret;
    }

    public String graphUrl() {
        return graphUrl;
    }

    public String dialogUrl() {
        return dialogUrl;
    }

    public String zaloOpenapiUrl() {
        return zaloOpenapiUrl;
    }

    public String zaloOauthUrl() {
        return zaloOauthUrl;
    }

    public String facebookAppId() {
        return facebookAppId;
    }

    public String facebookAppSecret() {
        return facebookAppSecret;
    }

    public String zaloAppId() {
        return zaloAppId;
    }

    public String zaloAppSecret() {
        return zaloAppSecret;
    }

    public boolean facebookApp() {
        return !isBlank(facebookAppId) && !isBlank(facebookAppSecret);
    }

    public boolean zaloApp() {
        return !isBlank(zaloAppId) && !isBlank(zaloAppSecret);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    public Duration zaloRefreshBefore() {
        return zaloRefreshBefore;
    }

    public Duration rateLimitBackoff() {
        return rateLimitBackoff;
    }

    public int firstPullDays() {
        return firstPullDays;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
