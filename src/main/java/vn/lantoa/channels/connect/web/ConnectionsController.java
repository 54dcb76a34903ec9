package vn.lantoa.channels.connect.web;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.connect.AudiencePuller;
import vn.lantoa.channels.connect.ConnectionDesk;
import vn.lantoa.channels.connect.ConnectorSettings;
import vn.lantoa.channels.connect.FailureReasons;
import vn.lantoa.channels.connect.PendingLogin;
import vn.lantoa.channels.connect.Platform;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.org.UnitRef;

/**
 * The connections tab: each Facebook Page and Zalo OA of the subtree with its status and, when it
 * fails, why and what to do; connecting (the platform's login when its app is configured, a pasted
 * token otherwise), testing now and disconnecting. A pasted token is never shown back, not even when
 * it is refused.
 */
@Controller
class ConnectionsController {

    static final String BASE = "/channels/connections";
    private static final String SESSION_PREFIX = "channels.login.";
    private static final Duration LOGIN_LIFETIME = Duration.ofMinutes(30);

    private final ConnectionDesk desk;
    private final AudiencePuller puller;
    private final ConnectorSettings settings;
    private final FailureReasons reasons;
    private final MessageSource messages;

    ConnectionsController(ConnectionDesk desk, AudiencePuller puller, ConnectorSettings settings, FailureReasons reasons,
                          MessageSource messages) {
        this.desk = desk;
        this.puller = puller;
        this.settings = settings;
        this.reasons = reasons;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String page(@RequestParam(name = "don-vi", required = false) Long unitId, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef unit = desk.subtree(actor, unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("roots", desk.roots(actor));
        model.addAttribute("rows", desk.rows(unit, LocaleContextHolder.getLocale()));
        model.addAttribute("facebookApp", settings.facebookApp());
        model.addAttribute("zaloApp", settings.zaloApp());
        model.addAttribute("scopes", String.join(", ", ConnectionDesk.FACEBOOK_SCOPES));
        model.addAttribute("metricsAdmin", desk.metricsAdmin(actor));
        return "channels/connect/connections";
    }

    @PostMapping(BASE + "/{channelId}/token")
    String pasteToken(@PathVariable long channelId, @RequestParam(defaultValue = "") String token,
                      @RequestParam(defaultValue = "") String refreshToken, @RequestParam(name = "don-vi", required = false) Long from,
                      RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        ChannelRef channel = desk.channel(actor, channelId);
        try {
            if (Platform.of(channel.kind()) == Platform.FACEBOOK) {
                desk.connectFacebookToken(actor, channelId, token);
            } else {
                desk.connectZaloToken(actor, channelId, token, refreshToken);
            }
            redirect.addFlashAttribute("flash", "connection.connected");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("rowError", message(e));
            redirect.addFlashAttribute("rowErrorChannel", channelId);
        }
        return back(channel, from);
    }

    @GetMapping(BASE + "/{channelId}/login")
    String login(@PathVariable long channelId, HttpSession session, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        ChannelRef channel = desk.channel(actor, channelId);
        try {
            ConnectionDesk.LoginStart start = desk.startLogin(actor, channelId);
            session.setAttribute(SESSION_PREFIX + start.pending().state(), start.pending());
            return "redirect:" + start.url();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("rowError", message(e));
            redirect.addFlashAttribute("rowErrorChannel", channelId);
            return back(channel);
        }
    }

    @GetMapping(BASE + "/facebook/callback")
    String facebookCallback(@RequestParam(defaultValue = "") String state, @RequestParam(required = false) String code,
                            @RequestParam(name = "error_reason", required = false) String errorReason, HttpSession session,
                            RedirectAttributes redirect) {
        return callback(Platform.FACEBOOK, state, code, errorReason, session, redirect);
    }

    @GetMapping(BASE + "/zalo/callback")
    String zaloCallback(@RequestParam(defaultValue = "") String state, @RequestParam(required = false) String code,
                        @RequestParam(name = "error", required = false) String error, HttpSession session, RedirectAttributes redirect) {
        return callback(Platform.ZALO, state, code, error, session, redirect);
    }

    private String callback(Platform platform, String state, String code, String error, HttpSession session, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Object kept = state.isBlank() ? null : session.getAttribute(SESSION_PREFIX + state);
        if (kept != null) {
            session.removeAttribute(SESSION_PREFIX + state);
        }
        if (!(kept instanceof PendingLogin pending) || pending.platform() != platform
                || pending.startedAt().plus(LOGIN_LIFETIME).isBefore(Instant.now())) {
            redirect.addFlashAttribute("pageError", messages.getMessage("connection.oauth.badState", null, LocaleContextHolder.getLocale()));
            return "redirect:" + BASE;
        }
        ChannelRef channel = desk.channel(actor, pending.channelId());
        if (code == null || code.isBlank()) {
            redirect.addFlashAttribute("rowError", messages.getMessage("connection.oauth.cancelled", null, LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("rowErrorChannel", channel.id());
            return back(channel);
        }
        try {
            if (platform == Platform.FACEBOOK) {
                desk.finishFacebookLogin(actor, pending, code);
            } else {
                desk.finishZaloLogin(actor, pending, code);
            }
            redirect.addFlashAttribute("flash", "connection.connected");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("rowError", message(e));
            redirect.addFlashAttribute("rowErrorChannel", channel.id());
        }
        return back(channel);
    }

    @PostMapping(BASE + "/{channelId}/test")
    String test(@PathVariable long channelId, @RequestParam(name = "don-vi", required = false) Long from, RedirectAttributes redirect) {
        ChannelRef channel = desk.channel(CurrentActor.get(), channelId);
        AudiencePuller.Outcome outcome = puller.pull(channelId).orElse(null);
        if (outcome == null) {
            redirect.addFlashAttribute("rowError", messages.getMessage("connection.notConnected", null, LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("rowErrorChannel", channelId);
        } else if (outcome.ok()) {
            redirect.addFlashAttribute("flash", "connection.tested");
        } else {
            Locale locale = LocaleContextHolder.getLocale();
            redirect.addFlashAttribute("rowError", reasons.reason(outcome.failure(), null, locale));
            redirect.addFlashAttribute("rowErrorChannel", channelId);
        }
        return back(channel, from);
    }

    @PostMapping(BASE + "/{channelId}/disconnect")
    String disconnect(@PathVariable long channelId, @RequestParam(name = "don-vi", required = false) Long from,
                      RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        ChannelRef channel = desk.channel(actor, channelId);
        desk.disconnect(actor, channelId);
        redirect.addFlashAttribute("flash", "connection.disconnected");
        return back(channel, from);
    }

    private static String back(ChannelRef channel) {
        return back(channel, null);
    }

    /** Back to the subtree the person was looking at (checked again when shown), or to the channel's unit. */
    private static String back(ChannelRef channel, Long from) {
        return "redirect:" + BASE + "?don-vi=" + (from == null ? channel.unitId() : from) + "#channel-" + channel.id();
    }

    private String message(InvalidInput e) {
        return messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale());
    }

}
