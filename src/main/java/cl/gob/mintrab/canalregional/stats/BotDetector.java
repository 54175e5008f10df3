package cl.gob.mintrab.canalregional.stats;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells crawlers, link previewers, monitors and scripts from people's browsers by their User-Agent, so their
 * requests are counted apart (per bot name) and never as visits. A request without a User-Agent is a script.
 * Known names come from the common tokens of the crawler lists kept by the COUNTER Code of Practice and Matomo;
 * besides, any word ending in bot, crawler or spider counts when followed by "/", ";", ")", "+" or the end, so a
 * phone called "Cubot" is not a bot. The recording filter remembers the answer per User-Agent (there are few
 * distinct ones), together with the agent's digest ({@code VisitRecordingFilter.Agent}), because it needs both on
 * every public request.
 */
public final class BotDetector {

    static final String NO_AGENT = "sin-agente";

    private static final Pattern KNOWN = Pattern.compile(
            "googlebot|bingbot|bingpreview|yandex(?:bot)?|baiduspider|duckduckbot|applebot|slurp|petalbot|ahrefsbot"
            + "|semrushbot|mj12bot|dotbot|seznambot|gptbot|claudebot|ccbot|bytespider|amazonbot|facebookexternalhit"
            + "|facebot|twitterbot|linkedinbot|whatsapp|telegrambot|slackbot|discordbot|embedly|pinterest|skypeuripreview"
            + "|feedfetcher|feedly|inoreader|newsblur|uptimerobot|pingdom|statuscake|site24x7|lighthouse|headlesschrome"
            + "|phantomjs|python-requests|python-urllib|aiohttp|curl|wget|go-http-client|okhttp|java-http-client|java/"
            + "|apache-httpclient|libwww-perl|node-fetch|axios|scrapy|httpie|postmanruntime|wrk|ab/|jmeter|k6/");
    private static final String[] GENERIC = {"bot", "crawler", "spider"};

    private BotDetector() {
    }

    /** @return the bot's name (lower case, as counted) or empty for what looks like a person's browser */
    public static Optional<String> botName(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Optional.of(NO_AGENT);
        }
        return detect(userAgent);
    }

    static Optional<String> detect(String userAgent) {
        String ua = userAgent.toLowerCase(Locale.ROOT);
        Matcher matcher = KNOWN.matcher(ua);
        if (matcher.find()) {
            return Optional.of(matcher.group().replaceAll("/+$", ""));
        }
        for (String word : GENERIC) {
            for (int at = ua.indexOf(word); at >= 0; at = ua.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (end == ua.length() || "/;)+".indexOf(ua.charAt(end)) >= 0) {
                    int start = at;
                    while (start > 0 && isNameChar(ua.charAt(start - 1))) {
                        start--;
                    }
                    String name = ua.substring(start, end);
                    return Optional.of(name.length() > 50 ? name.substring(name.length() - 50) : name);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    }
}
