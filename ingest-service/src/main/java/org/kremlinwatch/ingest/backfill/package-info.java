/**
 * Backfill: publishing what was never published in a date range, from the sections' HTML
 * listings, politely (through the same rate-limited fetcher as the poller).
 */
package org.kremlinwatch.ingest.backfill;
