package vn.lantoa.channels.connect.zalo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.connect.ConnectorSettings;
import vn.lantoa.channels.connect.FailureKind;
import vn.lantoa.channels.connect.JsonHttp;

/**
 * The Zalo OA API calls Lan Tỏa makes: the OA's profile ({@code GET /v2.0/oa/getoa}, token in the
 * access_token header, followers in num_follower) and the OAuth v4 for OA exchanges (code with its PKCE
 * verifier, or refresh token, for an access token of about 25 hours and a single-use refresh token of
 * three months; the app secret in the secret_key header). Errors become {@link ConnectorFailure}s
 * ({@link ZaloErrors}). Lists that page by offset and count go through {@link #get}.
 */
@Component
public class ZaloClient {

    private final JsonHttp http;
    private final ConnectorSettings settings;

    ZaloClient(JsonHttp http, ConnectorSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    public record OaProfile(String oaId, String name, long followers) {
    }

    public record Tokens(String accessToken, String refreshToken, Instant expiresAt, Instant refreshExpiresAt) {
    }

    public OaProfile getoa(String token) {
        JsonNode data = get("/v2.0/oa/getoa", Map.of(), token).path("data");
        return new OaProfile(data.path("oa_id").asString(), data.path("name").asString(), data.path("num_follower").asLong());
    }

    /** The OA permission page's code, with the verifier whose challenge was sent, for tokens. */
    public Tokens exchangeCode(String code, String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("app_id", settings.zaloAppId());
        form.put("grant_type", "authorization_code");
        form.put("code_verifier", codeVerifier);
        return tokens(form);
    }

    public Tokens refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("refresh_token", refreshToken);
        form.put("app_id", settings.zaloAppId());
        form.put("grant_type", "refresh_token");
        return tokens(form);
    }

    /** A GET on the OA API (path from the version on); the answer when its error is 0, a failure otherwise. */
    public JsonNode get(String path, Map<String, String> query, String token) {
        JsonHttp.Answer answer = http.get(settings.zaloOpenapiUrl() + path, query, Map.of("access_token", token));
        JsonNode body = answer.body();
        int error = body.path("error").asInt(answer.status() >= 400 ? -1 : 0);
        if (error != 0) {
            throw ZaloErrors.failure(error, body.path("message").asString(null));
        }
        if (answer.status() >= 400) {
            throw new ConnectorFailure(FailureKind.PLATFORM_ERROR, "HTTP " + answer.status(), "HTTP " + answer.status());
        }
        return body;
    }

    private Tokens tokens(Map<String, String> form) {
        JsonHttp.Answer answer = http.postForm(settings.zaloOauthUrl() + "/access_token", form,
                Map.of("secret_key", settings.zaloAppSecret()));
        JsonNode body = answer.body();
        if (!body.path("access_token").asString("").isEmpty()) {
            long expiresIn = Long.parseLong(body.path("expires_in").asString("90000"));
            Long refreshIn = body.has("refresh_token_expires_in") ? Long.parseLong(body.path("refresh_token_expires_in").asString()) : null;
            Instant now = Instant.now();
            return new Tokens(body.path("access_token").asString(), body.path("refresh_token").asString(null),
                    now.plusSeconds(expiresIn), refreshIn == null ? now.plusSeconds(90L * 24 * 3600) : now.plusSeconds(refreshIn));
        }
        int error = body.path("error").asInt(-1);
        String message = body.path("error_description").asString(body.path("error_reason").asString(body.path("message").asString(null)));
        throw ZaloErrors.failure(error, message);
    }
}
