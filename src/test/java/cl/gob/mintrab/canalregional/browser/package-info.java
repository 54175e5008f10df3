/**
 * Browser tests: key user journeys in headless Chromium driven by Playwright, with axe-core accessibility checks
 * and screenshots under {@code target/screenshots}. They run as Arquillian client tests on the shared deployment.
 */
package cl.gob.mintrab.canalregional.browser;
