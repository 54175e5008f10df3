package cl.gob.mintrab.canalregional.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * On the first start with no accounts, creates the administrator {@code admin} with the password in
 * {@code CANAL_ADMIN_PASSWORD}, or a random one printed once in the log. Either way it must be changed at the
 * first login. With several instances starting together, the unique user name lets only one of them create it.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
    public static final String ADMIN_USERNAME = "admin";

    @Inject
    @ConfigProperty(name = "canal.admin.password")
    Optional<String> configuredPassword;

    @Inject
    FirstAdministrator firstAdministrator;

    @PostConstruct
    void createFirstAdministrator() {
        String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = RandomPasswords.generate(20);
        }
        try {
            if (firstAdministrator.createIfNoAccounts(ADMIN_USERNAME, password)) {
                if (generated) {
                    System.out.printf("%n==> Cuenta de administrador creada: usuario '%s', contraseña '%s'. "
                            + "Se mostrará solo esta vez y deberá cambiarla al ingresar.%n%n", ADMIN_USERNAME, password);
                } else {
                    LOG.info("Cuenta de administrador 'admin' creada con la contraseña de CANAL_ADMIN_PASSWORD; "
                            + "deberá cambiarla al ingresar.");
                }
            }
        } catch (EJBException e) {
            LOG.info("Otra instancia creó la cuenta de administrador al mismo tiempo: " + e.getMessage());
        }
    }
}
