package cl.gob.mintrab.canalregional.demo;

import cl.gob.mintrab.canalregional.region.RegionDetail;
import cl.gob.mintrab.canalregional.region.RegionService;
import cl.gob.mintrab.canalregional.region.RegionSummary;
import cl.gob.mintrab.canalregional.testsupport.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs inside Payara, which the tests start with CANAL_DEMO_DATA=true on an empty database. */
@ExtendWith(ArquillianExtension.class)
class DemoContentIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RegionService regionService;

    @Inject
    DemoLoadService loadService;

    @Test
    void everyUnitHasADemoProfileMarkedAsDemo() {
        for (RegionSummary unit : regionService.findPublishingUnits()) {
            RegionDetail detail = regionService.getDetail(unit.slug());
            assertTrue(detail.seremia().isPresent(), "no profile for " + unit.slug());
            assertTrue(detail.seremia().get().demo(), "profile not marked as demo: " + unit.slug());
            assertTrue(detail.seremia().get().presentation().contains(unit.nivelCentral() ? "Nivel Central" : unit.name()),
                    "presentation does not name its unit: " + unit.slug());
        }
    }

    @Test
    void eachContributorIsRecordedOnce() {
        assertTrue(loadService.findLoadedContributors().contains("region.seremia-profiles"));
    }
}
