package vn.lantoa.portal.views;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which requests of the beacon are readers. Plain Java, so each rule is tested with many agents.
 *
 * <p>Not counted: a missing agent; search engines, feed readers, SEO and AI crawlers and link
 * previews (Facebook, Zalo, Telegram, WhatsApp, Slack…), which mostly do not run scripts and so never
 * send the beacon, but may load the no-script pixel; command-line and library clients (curl, wget,
 * python-requests, Java, Go…); headless browsers (HeadlessChrome, PhantomJS, Lighthouse), which
 * readers never use. Our own Selenium tests run headless Chrome and are therefore not counted either:
 * they are not readers. Zalo's in-app browser ("… Zalo iOS/…" on a phone) is a reader and is counted.
 * Prefetched and prerendered loads are not counted (the script waits until a prerendered page is shown).
 */
final class Readers {

    /** Longest agent looked at; the rest adds nothing but work. */
    static final int MAX_AGENT = 512;

    private static final Pattern BOTS = Pattern.compile(String.join("|",
            "bot\\b", "crawl", "spider", "slurp", "scrap", "archiver", "preview", "facebookexternalhit", "facebookcatalog",
            "meta-external", "mediapartners-google", "apis-google", "feedfetcher", "google-inspectiontool", "googleother",
            "google-read-aloud", "lighthouse", "pagespeed", "gtmetrix", "pingdom", "uptime", "headless", "phantomjs",
            "prerender", "puppeteer", "playwright", "selenium", "whatsapp/", "skypeuri", "vkshare", "embedly",
            "zalo.*(?:link|crawl)", "^curl", "^wget", "python", "^java", "okhttp", "go-http-client", "libwww", "httpclient",
            "node-fetch", "undici", "axios", "^ruby", "^php", "postman", "insomnia", "httpie", "aiohttp", "^dart",
            "cfnetwork/.*darwin/", "^mozilla/\\d\\.\\d$", "^-$"));

    /** Phones whose model name ends in "bot". */
    private static final Pattern NOT_BOTS = Pattern.compile("cubot");

    private Readers() {
    }

    /** Whether a browser of this agent may be a person reading. */
    static boolean isReaderAgent(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return false;
        }
        String agent = agent(userAgent).toLowerCase(Locale.ROOT);
        return !BOTS.matcher(NOT_BOTS.matcher(agent).replaceAll("")).find();
    }

    /**
     * Whether the browser only fetches the page ahead of a possible visit: Chrome's prefetch and
     * prerender (Sec-Purpose, Purpose), Firefox's (X-Moz), Safari's preview (X-Purpose).
     */
    static boolean isPrefetch(String secPurpose, String purpose, String xPurpose, String xMoz) {
        return mentions(secPurpose, "prefetch") || mentions(secPurpose, "prerender") || mentions(purpose, "prefetch")
                || mentions(xPurpose, "preview") || mentions(xPurpose, "prefetch") || mentions(xMoz, "prefetch");
    }

    /** The agent as hashed: trimmed and cut to {@link #MAX_AGENT} characters. */
    static String agent(String userAgent) {
        String trimmed = userAgent.trim();
        return trimmed.length() <= MAX_AGENT ? trimmed : trimmed.substring(0, MAX_AGENT);
    }

    private static boolean mentions(String header, String word) {
        return header != null && header.toLowerCase(Locale.ROOT).contains(word);
    }
}
