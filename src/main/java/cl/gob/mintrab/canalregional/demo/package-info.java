/**
 * Demo content for a new installation: when {@code CANAL_DEMO_DATA} is true and the database holds no content,
 * every feature's {@link cl.gob.mintrab.canalregional.demo.DemoContributor} fills it with realistic Spanish
 * content for every region, marked as demo. Each contributor runs once per database, even with several instances.
 */
package cl.gob.mintrab.canalregional.demo;
