package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BotDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)|googlebot",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)|bingbot",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)|facebookexternalhit",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36|headlesschrome",
            "curl/8.5.0|curl",
            "Java-http-client/17.0.15|java-http-client",
            "Wget/1.21.3|wget",
            "python-requests/2.31.0|python-requests",
            "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)|ahrefsbot",
            "Feedly/1.0 (+http://www.feedly.com/fetcher.html)|feedly",
            "Mozilla/5.0 (compatible; MiBuscadorCrawler/1.0)|mibuscadorcrawler",
            "WhatsApp/2.23.20.0|whatsapp",
            "Mozilla/5.0 (compatible; GPTBot/1.0; +https://openai.com/gptbot)|gptbot"})
    void knownBotsAreNamed(String userAgent, String name) {
        assertEquals(Optional.of(name), BotDetector.botName(userAgent));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
            // "Cubot" is a phone brand: a word that merely contains "bot" is not a bot
            "Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"})
    void browsersAreNotBots(String userAgent) {
        assertEquals(Optional.empty(), BotDetector.botName(userAgent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aMissingUserAgentIsAScript(String userAgent) {
        assertEquals(Optional.of(BotDetector.NO_AGENT), BotDetector.botName(userAgent));
        assertEquals(Optional.of(BotDetector.NO_AGENT), BotDetector.botName(null));
    }
}
