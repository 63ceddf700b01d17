/**
 * Delivery: the outbox of pending webhook calls in PostgreSQL, the poller that claims and
 * sends them (Standard Webhooks signatures, retry schedule with jitter, Retry-After, 410
 * Gone), the SSRF guard and the per-subscription delivery log.
 */
package org.kremlinwatch.alert.delivery;
