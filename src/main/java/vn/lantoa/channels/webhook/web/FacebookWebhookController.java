package vn.lantoa.channels.webhook.web;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.channels.connect.ConnectorSettings;
import vn.lantoa.channels.webhook.WebhookDeliveries;
import vn.lantoa.channels.webhook.WebhookSignature;

/**
 * The Facebook Page webhook, open to Meta without login or CSRF token (and nothing else is): GET is the
 * subscription handshake (hub.verify_token must equal lantoa.channels.facebook.webhook-verify-token, env
 * LANTOA_FACEBOOK_WEBHOOK_VERIFY_TOKEN; blank refuses every handshake); POST is a delivery, taken only
 * with a valid X-Hub-Signature-256 of the app secret, answered 200 at once (listeners work after).
 */
@RestController
class FacebookWebhookController {

    static final String PATH = "/api/v1/channels/webhooks/facebook";
    private static final Logger log = LoggerFactory.getLogger(FacebookWebhookController.class);
    private static final int MAX_BODY = 1024 * 1024;

    private final ConnectorSettings settings;
    private final WebhookDeliveries deliveries;
    private final String verifyToken;

    FacebookWebhookController(ConnectorSettings settings, WebhookDeliveries deliveries,
                              @Value("${lantoa.channels.facebook.webhook-verify-token:${LANTOA_FACEBOOK_WEBHOOK_VERIFY_TOKEN:}}") String verifyToken) {
        this.settings = settings;
        this.deliveries = deliveries;
        this.verifyToken = verifyToken;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> handshake(@RequestParam(name = "hub.mode", required = false) String mode,
                                     @RequestParam(name = "hub.verify_token", required = false) String token,
                                     @RequestParam(name = "hub.challenge", required = false) String challenge) {
        boolean ok = "subscribe".equals(mode) && token != null && !verifyToken.isBlank() && challenge != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), verifyToken.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            log.warn("Webhook handshake refused (mode {})", mode);
            return ResponseEntity.status(403).contentType(MediaType.TEXT_PLAIN).body("");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping(PATH)
    ResponseEntity<Void> deliver(@RequestBody(required = false) byte[] body,
                                 @RequestHeader(name = "X-Hub-Signature-256", required = false) String signature) {
        if (body == null || body.length > MAX_BODY || !WebhookSignature.valid(body, signature, settings.facebookAppSecret())) {
            log.warn("Webhook delivery refused: signature {}", signature == null ? "missing" : "invalid");
            return ResponseEntity.status(403).build();
        }
        WebhookDeliveries.Taken taken = deliveries.take(body);
        log.debug("Webhook delivery: {} comments, {} messages{}", taken.comments(), taken.messages(), taken.repeated() ? " (again)" : "");
        return ResponseEntity.ok().build();
    }
}
