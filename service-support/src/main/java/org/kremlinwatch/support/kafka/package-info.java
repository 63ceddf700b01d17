/**
 * Kafka habits every consuming service shares: where a record that cannot be processed
 * goes, and how it is counted.
 */
package org.kremlinwatch.support.kafka;
