/**
 * Fetching from the Kremlin's sites politely and defensively (conditional GET, gzip, size
 * cap, no cross-host redirects, a per-host rate limit with jitter, bounded retries with
 * jittered exponential back-off, captcha pages recognised) and the per-source poller with
 * its circuit breaker, feed paging and health.
 */
package org.kremlinwatch.ingest.source;
