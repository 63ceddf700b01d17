/**
 * Matching: which subscriptions a tagged release concerns
 * ({@link org.kremlinwatch.alert.match.MatchIndex}, plain Java), the dedupe keys that
 * make a repeated event alert once, and the Kafka listener that records alerts with their
 * outbox rows in one transaction and then publishes them.
 */
package org.kremlinwatch.alert.match;
