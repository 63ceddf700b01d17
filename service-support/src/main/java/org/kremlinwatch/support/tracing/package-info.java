/**
 * One trace per release, from its fetch to its delivered alert: the W3C trace context
 * travels in Kafka record headers between the services, and is stored with rows that are
 * worked on later (alerts, deliveries), so that asynchronous work continues the same
 * trace.
 */
package org.kremlinwatch.support.tracing;
