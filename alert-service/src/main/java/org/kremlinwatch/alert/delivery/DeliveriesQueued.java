package org.kremlinwatch.alert.delivery;

/**
 * Alerts were committed with deliveries due now: the outbox need not wait for its next
 * poll. Other instances still find them at their next poll; this only cuts the wait on
 * the instance that recorded them.
 *
 * @param alerts how many alerts were recorded
 */
public record DeliveriesQueued(int alerts) {
}
