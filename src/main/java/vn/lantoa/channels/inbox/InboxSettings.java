package vn.lantoa.channels.inbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The inbox's settings: whether replies may use Meta's HUMAN_AGENT tag (up to 7 days after the person's
 * last message) — only once Meta approved the app for it, so off by default
 * (LANTOA_INBOX_HUMAN_AGENT=true turns it on; see docs/channel-inbox.md).
 */
@Component
public class InboxSettings {

    /** The most a reply may hold, as the Send API allows for a text message. */
    public static final int MAX_TEXT = 2000;

    private volatile boolean humanAgent;

    InboxSettings(@Value("${lantoa.channels.inbox.human-agent:${LANTOA_INBOX_HUMAN_AGENT:false}}") boolean humanAgent) {
        this.humanAgent = humanAgent;
    }

    public boolean humanAgent() {
        return humanAgent;
    }

    /** For tests, which share one application context: turns the HUMAN_AGENT replies on or off. */
    public void humanAgent(boolean on) {
        this.humanAgent = on;
    }
}
