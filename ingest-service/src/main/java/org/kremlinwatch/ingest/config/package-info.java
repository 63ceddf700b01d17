/**
 * Wiring of ingest-service: its typed properties, Kafka producer and topic, and the plain
 * Java parsers as beans.
 */
package org.kremlinwatch.ingest.config;
