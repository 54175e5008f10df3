package cl.gob.mintrab.canalregional.support;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/**
 * The portal's absolute base URL for links that leave the site (e-mails, feeds, sitemaps): {@code CANAL_PUBLIC_URL}
 * when set (recommended in production, behind a proxy), otherwise derived from the current request.
 */
public final class PublicUrl {

    private PublicUrl() {
    }

    public static String base(HttpServletRequest request) {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue("canal.public-url", String.class)
                .filter(url -> !url.isBlank());
        if (configured.isPresent()) {
            return configured.get().replaceAll("/+$", "");
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
