package cl.gob.mintrab.canalregional.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code /health/ready}: DOWN while MariaDB cannot be reached, UP again as soon as it answers. A load balancer
 * uses it to stop sending readers to an instance that cannot serve pages.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/canal")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "canal.health.db-timeout-seconds", defaultValue = "2")
    int timeoutSeconds;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(timeoutSeconds);
            return HealthCheckResponse.named("base-de-datos").status(valid).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("base-de-datos").down()
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
