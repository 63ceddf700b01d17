/**
 * Subscribers and their API keys: the admin API creates them, every {@code /api/v1}
 * request names one by its key ({@link org.kremlinwatch.alert.subscriber.Caller}).
 */
package org.kremlinwatch.alert.subscriber;
