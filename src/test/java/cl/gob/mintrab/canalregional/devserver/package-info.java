/**
 * Development tools that are never shipped: the launcher behind {@code mvn -Prun} and the embedded MariaDB it
 * shares with the integration-test harness.
 */
package cl.gob.mintrab.canalregional.devserver;
