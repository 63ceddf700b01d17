package org.kremlinwatch.ingest.publish;

/**
 * Kafka did not acknowledge a release in time. Nothing was marked; whoever publishes
 * should stop for now (the next release would fail the same way) and try again later.
 */
public class PublishFailedException extends RuntimeException {

	PublishFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
