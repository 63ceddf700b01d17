/**
 * Fetching from the Kremlin's sites politely and defensively (conditional GET, gzip, size
 * cap, no cross-host redirects) and the per-source poller with its health.
 */
package org.kremlinwatch.ingest.source;
