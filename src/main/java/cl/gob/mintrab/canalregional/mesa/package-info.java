/**
 * The Mesas Técnicas and Mesas Sectoriales each Seremía convenes. So far they exist as scopes: a member account
 * reads the material restricted to its mesas, and each region's editors keep the list of their mesas.
 */
package cl.gob.mintrab.canalregional.mesa;
