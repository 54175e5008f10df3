/**
 * Gestión Territorial: the yearly work programme of the regions and the Nivel Central (objectives, weighted
 * activities), the compliance each unit reports with its evidence and per-unit approval, the re-check of imported
 * figures, the stage reports with tracked commitments, the central dashboard and exports, and frozen year-end
 * snapshots with a verifiable SHA-256. The arithmetic is plain Java ({@link cl.gob.mintrab.canalregional.compliance.ComplianceCalculator}).
 */
package cl.gob.mintrab.canalregional.compliance;
