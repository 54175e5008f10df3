package cl.gob.mintrab.canalregional.stats;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;

/**
 * The two objects every recorded request calls, one per instance. They are {@code @Singleton} rather than
 * {@code @ApplicationScoped} so that they are injected as themselves: a normal-scoped bean is injected as a client
 * proxy that looks the instance up in its context on every call (and Weld hands the proxy back even from a method
 * returning {@code this}), which the profile of a recorded page showed as a tenth of the recorder's own time.
 */
@Dependent
public class RecordingBeans {

    @Resource(lookup = "jdbc/canal")
    DataSource dataSource;

    @Produces
    @Singleton
    VisitQueue visitQueue(@ConfigProperty(name = "canal.stats.queue-capacity", defaultValue = "50000") int capacity) {
        return new VisitQueue(capacity);
    }

    @Produces
    @Singleton
    RecordingSwitch recordingSwitch(@ConfigProperty(name = "canal.stats.enabled", defaultValue = "true") boolean enabled) {
        return new RecordingSwitch(enabled, dataSource);
    }
}
