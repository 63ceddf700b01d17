/**
 * ingest-service: the system's eyes on kremlin.ru and en.kremlin.ru. Features live in
 * {@code feed} (Atom parsing), {@code page} (article parsing), {@code source} (fetching
 * and polling) and {@code publish} (dedupe and Kafka); {@code config} wires them.
 */
package org.kremlinwatch.ingest;
