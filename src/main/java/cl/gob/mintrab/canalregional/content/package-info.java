/**
 * Regional publishing: the six kinds of publications each Seremía (and the Nivel Central) publishes, their
 * editorial workflow with review and scheduling, every saved version kept as a revision, attachments and images,
 * and everything the public reads: region sections, publication pages, search, feeds, sitemap.
 */
package cl.gob.mintrab.canalregional.content;
