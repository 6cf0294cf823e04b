/**
 * Share links: read-only dashboards for boards. A link is a random token of 256 bits
 * whose SHA-256 hash alone is stored; it expires, can be revoked, and is live or frozen
 * (pinning the scenario and the catalogue prices as they were when shared).
 */
package app.breakeven.sharing;
