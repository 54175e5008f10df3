package cl.gob.mintrab.canalregional.stats;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Flushes the queued page views when the web application stops, while the services and the database pool are
 * still there (the recorder's own {@code @PreDestroy} is the second chance).
 */
@WebListener
public class VisitFlushOnShutdown implements ServletContextListener {

    @Inject
    VisitRecorder recorder;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        recorder.flush();
    }
}
