package cl.gob.mintrab.canalregional.content;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Starts building this instance's search index once the schema is migrated and any demo content loaded. The build
 * runs on the managed executor, so deployment does not wait for it; searches use MariaDB until it is done.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "DemoContentLoader"})
public class SearchIndexStartup {

    @Inject
    LiveSearchIndex index;

    @PostConstruct
    void start() {
        index.start();
    }
}
