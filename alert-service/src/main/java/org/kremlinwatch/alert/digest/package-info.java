/**
 * Daily digests: on a cron schedule, the alerts that wait in DAILY_DIGEST subscriptions
 * are grouped into one e-mail per subscription, queued in the delivery outbox.
 */
package org.kremlinwatch.alert.digest;
