/**
 * Delivery: the outbox of pending webhook calls and e-mails in PostgreSQL, the poller
 * that claims and sends them (Standard Webhooks signatures, multipart SMTP e-mails, retry
 * schedule with jitter, Retry-After, 410 Gone), the SSRF guard and the per-subscription
 * delivery log.
 */
package org.kremlinwatch.alert.delivery;
