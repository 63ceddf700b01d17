/**
 * Subscriptions: what a subscriber watches and where alerts go, kept in PostgreSQL and
 * managed through {@code /api/v1/subscriptions}.
 */
package org.kremlinwatch.alert.subscription;
