package cl.gob.mintrab.canalregional.compliance;

import java.time.LocalDate;

/**
 * One thing the portal holds that supports a reported compliance: a publication, a data update, a mesa.
 *
 * @param section the {@link PortalSection} name
 * @param date    when it was published or updated
 * @param path    where it is, relative to the context root (e.g. {@code /region/nuble}), or null
 */
public record EvidenceItem(String section, String title, LocalDate date, String path) {
}
