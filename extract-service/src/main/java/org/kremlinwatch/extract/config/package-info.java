/**
 * Spring configuration: properties, the engine bean and the Kafka plumbing.
 */
package org.kremlinwatch.extract.config;
