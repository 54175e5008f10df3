package cl.gob.mintrab.canalregional.stats;

/** What kind of public resource a recorded view was for. */
public enum PageType {
    HOME, REGION, LISTING, PUBLICATION, SEARCH, PAGE, FEED, DOWNLOAD
}
