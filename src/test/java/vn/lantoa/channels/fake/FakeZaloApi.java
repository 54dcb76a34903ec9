package vn.lantoa.channels.fake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Zalo OA API and its OAuth v4 for OA as documented, for the connectors' tests: OAs with their
 * followers ({@code GET /v2.0/oa/getoa}, token in the access_token header; {@code GET /v3.0/oa/user/getlist}
 * paged by offset and count), the permission page (PKCE code_challenge, state), the token endpoint
 * ({@code POST /v4/oa/access_token}, secret_key header; a code with its code_verifier, or a single-use
 * refresh token, for an access token of 25 hours), and the error shapes ({@code {"error":-216,"message":...}},
 * and {@code {"error":-14xxx,"error_name","error_reason","error_description"}} for OAuth).
 */
public final class FakeZaloApi extends FakeHttpServer {

    public static final String APP_ID = "fake-zalo-app-99";
    public static final String APP_SECRET = "fake-zalo-secret";
    private static volatile FakeZaloApi shared;

    private final Map<String, Oa> oas = new ConcurrentHashMap<>();
    /** access token → OA id */
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, String> expiredTokens = new ConcurrentHashMap<>();
    /** refresh token → OA id, removed when used */
    private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    /** code → (OA id, challenge) */
    private final Map<String, String[]> codes = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile String nextConsentOa;

    public static synchronized FakeZaloApi shared() {
        if (shared == null) {
            shared = new FakeZaloApi();
        }
        return shared;
    }

    public String openapiUrl() {
        return url();
    }

    public String oauthUrl() {
        return url() + "/v4/oa";
    }

    public static final class Oa {
        final String id;
        final String name;
        volatile long followers;

        Oa(String id, String name, long followers) {
            this.id = id;
            this.name = name;
            this.followers = followers;
        }

        public Oa followers(long count) {
            this.followers = count;
            return this;
        }
    }

    public Oa oa(String id, String name, long followers) {
        Oa oa = new Oa(id, name, followers);
        oas.put(id, oa);
        return oa;
    }

    public void accessToken(String token, String oaId) {
        accessTokens.put(token, oaId);
    }

    public void refreshToken(String token, String oaId) {
        refreshTokens.put(token, oaId);
    }

    /** From now on the access token answers -124, expired. */
    public void expire(String token) {
        String oa = accessTokens.remove(token);
        if (oa != null) {
            expiredTokens.put(token, oa);
        }
    }

    /** The next visit to the permission page grants this OA. */
    public void consent(String oaId) {
        this.nextConsentOa = oaId;
    }

    @Override
    protected Reply answer(Received r) {
        switch (r.method() + " " + r.path()) {
            case "GET /v4/oa/permission":
                return permission(r);
            case "POST /v4/oa/access_token":
                return token(r);
            case "GET /v2.0/oa/getoa":
                return getoa(r);
            case "GET /v3.0/oa/user/getlist":
                return followers(r);
            default:
                return Reply.json(404, "{\"error\":-201,\"message\":\"Unknown API " + r.path() + "\"}");
        }
    }

    private Reply permission(Received r) {
        String oa = nextConsentOa;
        if (!APP_ID.equals(r.param("app_id")) || oa == null) {
            return Reply.redirect(r.param("redirect_uri") + "?error=-14002&state=" + r.param("state"));
        }
        String code = "zcode-" + issued.incrementAndGet();
        codes.put(code, new String[] {oa, r.param("code_challenge")});
        return Reply.redirect(r.param("redirect_uri") + "?code=" + code + "&oa_id=" + oa + "&state=" + r.param("state")
                + "&code_challenge=" + r.param("code_challenge"));
    }

    private Reply token(Received r) {
        if (!APP_SECRET.equals(r.headers().get("secret_key")) || !APP_ID.equals(r.param("app_id"))) {
            return oauthError(-14011, "Invalid app", "The app id or the secret key is wrong");
        }
        String oa;
        if ("authorization_code".equals(r.param("grant_type"))) {
            String[] granted = codes.remove(r.param("code") == null ? "" : r.param("code"));
            if (granted == null) {
                return oauthError(-14019, "Invalid authorization code", "Authorization code is invalid or expired");
            }
            if (!challenge(r.param("code_verifier")).equals(granted[1])) {
                return oauthError(-14016, "Invalid code verifier", "code_verifier does not match code_challenge");
            }
            oa = granted[0];
        } else if ("refresh_token".equals(r.param("grant_type"))) {
            oa = refreshTokens.remove(r.param("refresh_token") == null ? "" : r.param("refresh_token"));
            if (oa == null) {
                return oauthError(-14014, "Invalid refresh token", "Refresh token is invalid, used or expired");
            }
        } else {
            return oauthError(-14003, "Invalid grant type", "grant_type must be authorization_code or refresh_token");
        }
        int n = issued.incrementAndGet();
        String access = "zat-" + oa + "-" + n;
        String refresh = "zrt-" + oa + "-" + n;
        accessTokens.put(access, oa);
        refreshTokens.put(refresh, oa);
        return Reply.json(200, "{\"access_token\":" + quote(access) + ",\"refresh_token\":" + quote(refresh) + ",\"expires_in\":\"90000\"}");
    }

    private Reply getoa(Received r) {
        String token = r.headers().getOrDefault("access_token", "");
        if (expiredTokens.containsKey(token)) {
            return Reply.json(200, "{\"error\":-124,\"message\":\"Access token has expired\"}");
        }
        String oaId = accessTokens.get(token);
        if (oaId == null) {
            return Reply.json(200, "{\"error\":-216,\"message\":\"Access token is invalid\"}");
        }
        Oa oa = oas.get(oaId);
        return Reply.json(200, "{\"data\":{\"oa_id\":" + quote(oa.id) + ",\"name\":" + quote(oa.name) + ",\"description\":\"OA\","
                + "\"oa_alias\":\"\",\"is_verified\":true,\"oa_type\":2,\"cate_name\":\"Tổ chức\",\"num_follower\":" + oa.followers
                + ",\"avatar\":\"\",\"cover\":\"\",\"package_name\":\"\",\"package_valid_through_date\":\"\"},\"error\":0,\"message\":\"Success\"}");
    }

    private Reply followers(Received r) {
        String oaId = accessTokens.get(r.headers().getOrDefault("access_token", ""));
        if (oaId == null) {
            return Reply.json(200, "{\"error\":-216,\"message\":\"Access token is invalid\"}");
        }
        Map<String, String> data = parse(r.param("data") == null ? "" : r.param("data").replaceAll("[{}\"]", "").replace(':', '=').replace(',', '&'));
        int offset = Integer.parseInt(data.getOrDefault("offset", "0"));
        int count = Math.min(50, Integer.parseInt(data.getOrDefault("count", "50")));
        long total = oas.get(oaId).followers;
        List<String> users = list();
        for (long i = offset; i < Math.min(total, offset + count); i++) {
            users.add("{\"user_id\":\"" + (1_000_000 + i) + "\"}");
        }
        return Reply.json(200, "{\"data\":{\"total\":" + total + ",\"count\":" + users.size() + ",\"offset\":" + offset + ",\"users\":" + join(users)
                + "},\"error\":0,\"message\":\"Success\"}");
    }

    static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest((verifier == null ? "" : verifier).getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reply oauthError(int code, String name, String description) {
        return Reply.json(200, "{\"error_name\":" + quote(name) + ",\"error_reason\":" + quote(description) + ",\"ref_doc\":\"https://developers.zalo.me\","
                + "\"error_description\":" + quote(description) + ",\"error\":" + code + "}");
    }
}
