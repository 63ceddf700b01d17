/**
 * Replay: publishing recorded pages and feeds from a folder, offline, through the same
 * parser, dedupe and publisher as the poller.
 */
package org.kremlinwatch.ingest.replay;
