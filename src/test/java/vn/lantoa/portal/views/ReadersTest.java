package vn.lantoa.portal.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReadersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36 Zalo android/12100 ZaloTheme/light ZaloLanguage/vn",
        "Mozilla/5.0 (Linux; Android 12; V2111) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/440.0.0.0;]",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/133.0.0 Chrome/127.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Linux; Android 11; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36 Telegram-Android/10.12.0"})
    void peoplesBrowsersAreReaders(String agent) {
        assertThat(Readers.isReaderAgent(agent)).as(agent).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0 Safari/537.36",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "meta-externalagent/1.1 (+https://developers.facebook.com/docs/sharing/webmasters/crawler)",
        "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
        "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
        "TelegramBot (like TwitterBot)",
        "WhatsApp/2.23.20.0 A",
        "ZaloLinkPreview/1.0",
        "Zalo-crawler",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Mobile Safari/537.36 Chrome-Lighthouse",
        "curl/8.5.0", "Wget/1.21.4", "python-requests/2.32.3", "Java/17.0.12", "Java-http-client/17.0.12", "okhttp/4.12.0", "Go-http-client/1.1",
        "Apache-HttpClient/4.5.14 (Java/17)", "axios/1.7.2", "PostmanRuntime/7.39.0", "Mozilla/5.0", "-", "", "   "})
    void robotsAndProgramsAreNot(String agent) {
        assertThat(Readers.isReaderAgent(agent)).as(agent).isFalse();
    }

    @Test
    void missingAgentIsNoReader() {
        assertThat(Readers.isReaderAgent(null)).isFalse();
    }

    @Test
    void prefetchAndPrerenderAreNotReadings() {
        assertThat(Readers.isPrefetch("prefetch", null, null, null)).isTrue();
        assertThat(Readers.isPrefetch("prefetch;prerender", null, null, null)).isTrue();
        assertThat(Readers.isPrefetch(null, "prefetch", null, null)).isTrue();
        assertThat(Readers.isPrefetch(null, null, "preview", null)).isTrue();
        assertThat(Readers.isPrefetch(null, null, null, "prefetch")).isTrue();
        assertThat(Readers.isPrefetch(null, null, null, null)).isFalse();
    }

    @Test
    void longAgentsAreCut() {
        assertThat(Readers.agent(" " + "a".repeat(2000) + " ")).hasSize(Readers.MAX_AGENT);
    }
}
