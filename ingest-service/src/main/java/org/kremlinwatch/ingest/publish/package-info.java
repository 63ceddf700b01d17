/**
 * Dedupe and publication: each (release, revision) is published once to
 * {@code kremlin.releases.fetched.v1}, and remembered in PostgreSQL only after Kafka
 * acknowledged it.
 */
package org.kremlinwatch.ingest.publish;
