/**
 * Technical wiring: the service's properties, Kafka producers, consumers, topics and
 * dead-letter handling, and the JSON problem type for invalid requests.
 */
package org.kremlinwatch.alert.config;
