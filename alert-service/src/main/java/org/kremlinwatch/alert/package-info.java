/**
 * alert-service. Features: {@code subscriber} (API keys), {@code subscription} (what to
 * watch, REST API), {@code match} (matching tagged releases, recording alerts),
 * {@code delivery} (outbox, signed webhooks), {@code feed} (the caller's recent alerts);
 * {@code config} holds properties and Kafka wiring.
 */
package org.kremlinwatch.alert;
