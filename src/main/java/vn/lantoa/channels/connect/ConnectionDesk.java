package vn.lantoa.channels.connect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.connect.facebook.GraphClient;
import vn.lantoa.channels.connect.zalo.ZaloClient;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Grant;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.common.web.NotFound;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/**
 * Connecting a unit's Facebook Page or Zalo OA: who may (ADMIN or EDITOR on the channel's unit or
 * above), the OAuth logins (Facebook's dialog, code → user token → long-lived token → the Page's own
 * token from /me/accounts; Zalo's OAuth v4 for OA with PKCE), a pasted token checked against the
 * channel's page or OA (/me) and its permissions (debug_token's scopes) before it is stored, disconnecting, and the audit log of
 * each (never the token).
 */
@Component
public class ConnectionDesk {

    static final Role[] ROLES = {Role.ADMIN, Role.EDITOR};
    /** What the Facebook login asks for: reading the audience and, for later parts, posting, moderating and the inbox. */
    public static final List<String> FACEBOOK_SCOPES = List.of("pages_show_list", "pages_manage_posts", "pages_read_engagement",
            "pages_manage_engagement", "read_insights", "pages_messaging");
    /** What reading the audience needs: without them the token is refused. */
    static final List<String> FACEBOOK_NEEDED = List.of("pages_read_engagement", "read_insights");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChannelDirectory channels;
    private final Connections connections;
    private final OrgDirectory org;
    private final GraphClient graph;
    private final ZaloClient zalo;
    private final TokenCipher cipher;
    private final ConnectorSettings settings;
    private final FailureReasons reasons;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConnectionDesk(ChannelDirectory channels, Connections connections, OrgDirectory org, GraphClient graph, ZaloClient zalo,
                   TokenCipher cipher, ConnectorSettings settings, FailureReasons reasons, AuditLog audit, TransactionTemplate transaction,
                   Clock clock) {
        this.channels = channels;
        this.connections = connections;
        this.org = org;
        this.graph = graph;
        this.zalo = zalo;
        this.cipher = cipher;
        this.settings = settings;
        this.reasons = reasons;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Whether the actor administers the root union, who alone edits the metric names. */
    public boolean metricsAdmin(Actor actor) {
        return org.root().map(root -> actor.grantOn(root.id(), Role.ADMIN).isPresent()).orElse(false);
    }

    /** The subtrees whose connections the actor manages, outermost first. */
    public List<UnitRef> roots(Actor actor) {
        return org.units(actor.rootsFor(ROLES).stream().map(Grant::unitId).toList());
    }

    /** The subtree asked for (within the actor's), or the actor's first one; 404 outside, 403 without the roles at all. */
    public UnitRef subtree(Actor actor, Long unitId) {
        List<Grant> roots = actor.rootsFor(ROLES);
        if (roots.isEmpty()) {
            throw new Forbidden("error.forbidden");
        }
        long id = unitId == null ? roots.get(0).unitId() : unitId;
        return org.unit(id).filter(u -> actor.may(u.path(), ROLES)).orElseThrow(() -> new NotFound("connection.unit.notFound"));
    }

    /** A Facebook Page or Zalo OA the actor may connect; any other channel, or one outside the actor's reach, is not found. */
    public ChannelRef channel(Actor actor, long channelId) {
        ChannelRef channel = channels.find(channelId).filter(c -> Platform.connectable(c.kind()))
                .orElseThrow(() -> new NotFound("connection.channel.notFound"));
        String path = channels.unitPath(channelId).orElseThrow(() -> new NotFound("connection.channel.notFound"));
        if (!actor.may(path, ROLES)) {
            if (actor.sees(path)) {
                throw new Forbidden("error.forbidden");
            }
            throw new NotFound("connection.channel.notFound");
        }
        return channel;
    }

    /** The Pages and OAs of the subtree with their connections, the reasons in the reader's language. */
    public List<ConnectionView> rows(UnitRef subtree, Locale locale) {
        List<ChannelRef> list = channels.inSubtree(subtree.path()).stream().filter(c -> Platform.connectable(c.kind())).toList();
        Map<Long, String> unitNames = org.units(list.stream().map(ChannelRef::unitId).distinct().toList()).stream()
                .collect(Collectors.toMap(UnitRef::id, UnitRef::name, (a, b) -> a));
        return list.stream().map(c -> view(c, unitNames.getOrDefault(c.unitId(), ""), locale)).toList();
    }

    public ConnectionView view(ChannelRef c, String unitName, Locale locale) {
        Connection k = connections.ofChannel(c.id()).orElse(null);
        if (k == null) {
            return new ConnectionView(c.id(), c.name(), c.kind(), c.url(), unitName, null, null, null, null, null, null, null, null, null,
                    null, null, false, null);
        }
        boolean failing = k.status().failing();
        boolean limited = k.failureKind() == FailureKind.RATE_LIMITED && k.status() == ConnectionStatus.CONNECTED;
        String reason = (failing || limited) && k.failureKind() != null ? reasons.reason(k.failureKind(), k.missingPermission(), locale) : null;
        String advice = (failing || limited) && k.failureKind() != null ? reasons.advice(k.failureKind(), k.platform(), locale) : null;
        return new ConnectionView(c.id(), c.name(), c.kind(), c.url(), unitName, k.status(), k.externalName(), k.tokenHint(), k.expiresAt(),
                k.lastSuccessAt(), k.lastAttemptAt(), k.connectedAt(), k.permissions(), reason, advice, k.errorCode(), limited, k.retryAfter());
    }

    /** A Page access token pasted by an admin: it must be the channel's Page's and hold what reading needs. */
    public void connectFacebookToken(Actor actor, long channelId, String token) {
        ChannelRef channel = channel(actor, channelId);
        String clean = required(token);
        try {
            GraphClient.Identity page = graph.me(clean);
            if (!matches(channel, page.id())) {
                throw new InvalidInput("token", "connection.token.wrongPage", page.name(), page.id());
            }
            GraphClient.TokenInfo info = graph.debugToken(clean);
            List<String> granted = info.scopes();
            missing(granted);
            store(actor, channel, Platform.FACEBOOK, page.id(), page.name(), clean, null, info.expiresAt(), null, granted, "token");
        } catch (ConnectorFailure failure) {
            throw refused(failure);
        }
    }

    /** A Zalo OA access token (and its refresh token, when known) pasted by an admin: it must be the channel's OA's. */
    public void connectZaloToken(Actor actor, long channelId, String token, String refreshToken) {
        ChannelRef channel = channel(actor, channelId);
        String clean = required(token);
        try {
            ZaloClient.OaProfile oa = zalo.getoa(clean);
            if (!matches(channel, oa.oaId())) {
                throw new InvalidInput("token", "connection.token.wrongOa", oa.name(), oa.oaId());
            }
            String refresh = refreshToken == null || refreshToken.isBlank() ? null : refreshToken.trim();
            Instant now = clock.instant();
            store(actor, channel, Platform.ZALO, oa.oaId(), oa.name(), clean, refresh, refresh == null ? null : now.plusSeconds(25 * 3600),
                    null, List.of(), "token");
        } catch (ConnectorFailure failure) {
            throw refused(failure);
        }
    }

    /** Starts a login: the address of Facebook's dialog or Zalo's permission page, and what to keep in the session. */
    public record LoginStart(String url, PendingLogin pending) {
    }

    public LoginStart startLogin(Actor actor, long channelId) {
        ChannelRef channel = channel(actor, channelId);
        Platform platform = Platform.of(channel.kind());
        String state = random(24);
        Map<String, String> query = new LinkedHashMap<>();
        if (platform == Platform.FACEBOOK) {
            if (!settings.facebookApp()) {
                throw new InvalidInput("app", "connection.app.facebookMissing");
            }
            query.put("client_id", settings.facebookAppId());
            query.put("redirect_uri", facebookCallback());
            query.put("state", state);
            query.put("response_type", "code");
            query.put("scope", String.join(",", FACEBOOK_SCOPES));
            return new LoginStart(settings.dialogUrl() + "?" + JsonHttp.encode(query),
                    new PendingLogin(channel.id(), platform, state, null, clock.instant()));
        }
        if (!settings.zaloApp()) {
            throw new InvalidInput("app", "connection.app.zaloMissing");
        }
        String verifier = random(32);
        query.put("app_id", settings.zaloAppId());
        query.put("redirect_uri", zaloCallback());
        query.put("code_challenge", challenge(verifier));
        query.put("state", state);
        return new LoginStart(settings.zaloOauthUrl() + "/permission?" + JsonHttp.encode(query),
                new PendingLogin(channel.id(), platform, state, verifier, clock.instant()));
    }

    /** Facebook sent the person back with a code: the Page's own token, from the user's long-lived token. */
    public long finishFacebookLogin(Actor actor, PendingLogin pending, String code) {
        ChannelRef channel = channel(actor, pending.channelId());
        try {
            GraphClient.Grant user = graph.exchangeCode(code, facebookCallback());
            GraphClient.Grant longLived = graph.longLived(user.accessToken());
            GraphClient.ManagedPage page = graph.accounts(longLived.accessToken()).stream().filter(p -> matches(channel, p.id())).findFirst()
                    .orElseThrow(() -> new InvalidInput("code", "connection.oauth.pageNotManaged", channel.name()));
            List<String> granted = graph.grantedPermissions(longLived.accessToken());
            missing(granted);
            store(actor, channel, Platform.FACEBOOK, page.id(), page.name(), page.accessToken(), null, null, null, granted, "login");
            return channel.id();
        } catch (ConnectorFailure failure) {
            throw refused(failure);
        }
    }

    /** Zalo sent the person back with a code: tokens for it and the PKCE verifier, checked against the channel's OA. */
    public long finishZaloLogin(Actor actor, PendingLogin pending, String code) {
        ChannelRef channel = channel(actor, pending.channelId());
        try {
            ZaloClient.Tokens tokens = zalo.exchangeCode(code, pending.codeVerifier());
            ZaloClient.OaProfile oa = zalo.getoa(tokens.accessToken());
            if (!matches(channel, oa.oaId())) {
                throw new InvalidInput("code", "connection.token.wrongOa", oa.name(), oa.oaId());
            }
            store(actor, channel, Platform.ZALO, oa.oaId(), oa.name(), tokens.accessToken(), tokens.refreshToken(), tokens.expiresAt(),
                    tokens.refreshExpiresAt(), List.of(), "login");
            return channel.id();
        } catch (ConnectorFailure failure) {
            throw refused(failure);
        }
    }

    public void disconnect(Actor actor, long channelId) {
        ChannelRef channel = channel(actor, channelId);
        Connection connection = connections.ofChannel(channelId).orElseThrow(() -> new NotFound("connection.notFound"));
        String path = channels.unitPath(channelId).orElse(null);
        transaction.executeWithoutResult(tx -> {
            connections.disconnect(connection.id());
            audit.record(AuditEntry.of("channel.disconnected", "channel", channel.id(), channel.name(), path,
                    connection.platform().name() + " " + connection.externalId()));
        });
    }

    public String facebookCallback() {
        return settings.baseUrl() + "/channels/connections/facebook/callback";
    }

    public String zaloCallback() {
        return settings.baseUrl() + "/channels/connections/zalo/callback";
    }

    private void store(Actor actor, ChannelRef channel, Platform platform, String externalId, String externalName, String token, String refresh,
                       Instant expiresAt, Instant refreshExpiresAt, List<String> permissions, String how) {
        String path = channels.unitPath(channel.id()).orElse(null);
        Instant now = clock.instant();
        String granted = String.join(",", permissions);
        transaction.executeWithoutResult(tx -> {
            connections.connect(channel.id(), platform, externalId, externalName, cipher.seal(token), cipher.seal(refresh),
                    TokenCipher.hint(token), expiresAt, refreshExpiresAt, granted, actor.accountId(), now);
            audit.record(AuditEntry.of("channel.connected", "channel", channel.id(), channel.name(), path,
                    platform.name() + " " + externalId + " (" + how + ")" + (granted.isEmpty() ? "" : ": " + granted)));
        });
    }

    private static void missing(List<String> granted) {
        Set<String> have = Set.copyOf(granted);
        for (String needed : FACEBOOK_NEEDED) {
            if (!have.contains(needed)) {
                throw new InvalidInput("token", "connection.token.missingPermission", needed);
            }
        }
    }

    /** The channel is the platform's page or OA: by its recorded id, or, without one, by the id in its address. */
    static boolean matches(ChannelRef channel, String platformId) {
        if (platformId == null || platformId.isBlank()) {
            return false;
        }
        if (channel.externalId() != null && !channel.externalId().isBlank()) {
            return channel.externalId().trim().equals(platformId);
        }
        String url = channel.url() == null ? "" : channel.url();
        return url.matches(".*(/|id=)" + java.util.regex.Pattern.quote(platformId) + "([/?&#].*)?$");
    }

    private static String required(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidInput("token", "connection.token.required");
        }
        return token.trim();
    }

    private InvalidInput refused(ConnectorFailure failure) {
        return new InvalidInput("token", "connection.token.refused",
                reasons.reason(failure.kind(), failure.permission(), FailureReasons.VI));
    }

    static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** PKCE: base64url(SHA-256(verifier)) without padding. */
    public static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
