package org.kremlinwatch.alert.subscriber;

import java.util.UUID;

/**
 * The subscriber who sent an {@code /api/v1} request, identified by its API key. Declare
 * it as a controller method parameter; a missing or wrong key answers 401 before the
 * method runs.
 *
 * @param subscriberId the subscriber's id
 */
public record Caller(UUID subscriberId) {
}
