/**
 * Reading the Kremlin's Atom feeds (and plain RSS) safely: no DTDs, no external entities,
 * and a clear refusal of anything that is not a feed.
 */
package org.kremlinwatch.ingest.feed;
