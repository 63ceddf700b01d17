/**
 * The Kafka side: fetched releases in, tagged releases out, in one transaction.
 */
package org.kremlinwatch.extract.listener;
