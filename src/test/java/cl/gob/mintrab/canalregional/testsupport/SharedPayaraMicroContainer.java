package cl.gob.mintrab.canalregional.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

import java.util.logging.Logger;

/**
 * Payara Micro's managed Arquillian container starts a new server for every deployment, about half a minute
 * each. Every integration test class deploys the same archive ({@link Deployments#portal()}), so this container
 * starts Payara once, hands the same deployment to every test class and stops it when the run ends. A test
 * class that deploys an archive with another name (for instance to observe a fresh start-up) gets a fresh
 * server: the running one is stopped first.
 */
public class SharedPayaraMicroContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicroContainer.class.getName());

    private final PayaraMicroDeployableContainer delegate = new PayaraMicroDeployableContainer();
    private Archive<?> deployed;
    private ProtocolMetaData metaData;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        delegate.setup(configuration);
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return delegate.getDefaultProtocol();
    }

    @Override
    public void start() {
        // Payara starts with the first deployment.
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (deployed != null && deployed.getName().equals(archive.getName())) {
            LOG.info(() -> "Reusing the running Payara Micro deployment " + archive.getName());
            return metaData;
        }
        stopRunning();
        metaData = delegate.deploy(archive);
        deployed = archive;
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // Kept running for the next test class; stopped in stop() at the end of the run.
    }

    @Override
    public synchronized void stop() throws LifecycleException {
        stopRunning();
    }

    /** Stops the running server now (a test that must observe a fresh start-up calls this). */
    public synchronized void stopRunning() {
        if (deployed != null) {
            try {
                delegate.undeploy(deployed);
            } catch (DeploymentException e) {
                LOG.warning("Could not stop Payara Micro: " + e.getMessage());
            }
            deployed = null;
            metaData = null;
        }
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("Descriptors are not deployed");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("Descriptors are not deployed");
    }
}
