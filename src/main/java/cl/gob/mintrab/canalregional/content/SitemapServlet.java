package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.support.HttpCaching;
import cl.gob.mintrab.canalregional.support.PublicContentVersion;
import cl.gob.mintrab.canalregional.support.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Serial;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /sitemap.xml}: the site's pages for search engines. Up to {@value #PER_FILE} publications it is one
 * file; beyond, it is a sitemap index pointing to {@code /sitemap-1.xml}, {@code /sitemap-2.xml} ... (the
 * protocol allows 50,000 addresses per file).
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/sitemap-*"})
public class SitemapServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;
    static final int PER_FILE = 40_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern PART = Pattern.compile("^/sitemap-(\\d{1,4})\\.xml$");

    @Inject
    PublishedContent published;

    @Inject
    RegionService regions;

    @Inject
    PublicContentVersion contentVersion;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        Matcher part = PART.matcher(path);
        long total = published.countPublished();
        int files = (int) Math.max(1, (total + PER_FILE - 1) / PER_FILE);
        if (!path.equals("/sitemap.xml") && !(part.matches() && Integer.parseInt(part.group(1)) >= 1
                && Integer.parseInt(part.group(1)) <= files && files > 1)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PublicContentVersion.Stamp stamp = contentVersion.current();
        if (HttpCaching.notModified(request, response, "\"sitemap-" + stamp.version() + "\"", stamp.changedAt())) {
            return;
        }
        response.setContentType("application/xml; charset=UTF-8");
        String base = PublicUrl.base(request);
        try (Writer out = response.getWriter()) {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            if (path.equals("/sitemap.xml") && files > 1) {
                xml.writeStartElement("sitemapindex");
                xml.writeDefaultNamespace(NS);
                for (int i = 1; i <= files; i++) {
                    xml.writeStartElement("sitemap");
                    element(xml, "loc", base + "/sitemap-" + i + ".xml");
                    xml.writeEndElement();
                }
            } else {
                xml.writeStartElement("urlset");
                xml.writeDefaultNamespace(NS);
                int file = part.matches() ? Integer.parseInt(part.group(1)) : 1;
                if (file == 1) {
                    for (String page : List.of("/", "/contacto", "/privacidad", "/accesibilidad", "/buscar")) {
                        url(xml, base + page, null);
                    }
                    for (RegionSummary region : regions.findPublishingUnits()) {
                        url(xml, base + region.path(), null);
                        for (PublicationKind kind : PublicationKind.values()) {
                            url(xml, base + region.path() + "/" + kind.getSlug(), null);
                        }
                    }
                }
                int first = (file - 1) * PER_FILE;
                for (int offset = first; offset < Math.min(total, first + PER_FILE); offset += 5000) {
                    for (ItemSummary item : published.allPublished(offset, (int) Math.min(5000, first + PER_FILE - offset))) {
                        url(xml, base + item.path(), DateTimeFormatter.ISO_INSTANT.format(item.publishedAt()));
                    }
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void url(XMLStreamWriter xml, String loc, String lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (lastModified != null) {
            element(xml, "lastmod", lastModified);
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
