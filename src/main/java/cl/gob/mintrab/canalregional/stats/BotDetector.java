package cl.gob.mintrab.canalregional.stats;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells crawlers, link previewers, monitors and scripts from people's browsers by their User-Agent, so their
 * requests are counted apart (per bot name) and never as visits. A request without a User-Agent is a script.
 * A generic name ending in bot, crawler or spider counts only when followed by "/", ";", ")" or "+", so a
 * phone called "Cubot" is not a bot. The list follows the common tokens of the crawler lists kept by the COUNTER Code of Practice and Matomo.
 */
public final class BotDetector {

    static final String NO_AGENT = "sin-agente";

    private static final Pattern TOKENS = Pattern.compile(
            "(googlebot|bingbot|bingpreview|yandex(?:bot)?|baiduspider|duckduckbot|applebot|slurp|petalbot|ahrefsbot"
            + "|semrushbot|mj12bot|dotbot|seznambot|gptbot|claudebot|ccbot|bytespider|amazonbot|facebookexternalhit"
            + "|facebot|twitterbot|linkedinbot|whatsapp|telegrambot|slackbot|discordbot|embedly|pinterest|skypeuripreview"
            + "|feedfetcher|feedly|inoreader|newsblur|uptimerobot|pingdom|statuscake|site24x7|lighthouse|headlesschrome"
            + "|phantomjs|python-requests|python-urllib|aiohttp|curl|wget|go-http-client|okhttp|java/|apache-httpclient"
            + "|java-http-client|libwww-perl|node-fetch|axios|scrapy|httpie|postmanruntime|wrk|ab/|jmeter|k6/"
            + "|[a-z0-9_.-]*(?:bot|crawler|spider)(?=[/;)+]|$))",
            Pattern.CASE_INSENSITIVE);

    private BotDetector() {
    }

    /** @return the bot's name (lower case, as counted) or empty for what looks like a person's browser */
    public static Optional<String> botName(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Optional.of(NO_AGENT);
        }
        Matcher matcher = TOKENS.matcher(userAgent);
        if (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("[/]+$", "");
            return Optional.of(name.length() > 50 ? name.substring(0, 50) : name);
        }
        return Optional.empty();
    }
}
