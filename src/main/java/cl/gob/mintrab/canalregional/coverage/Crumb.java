package cl.gob.mintrab.canalregional.coverage;

/** A breadcrumb link for the {@code c:breadcrumbs} tag: label and path relative to the context root. */
public record Crumb(String label, String href) {
}
