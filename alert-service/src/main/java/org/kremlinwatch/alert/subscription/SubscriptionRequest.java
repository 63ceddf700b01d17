package org.kremlinwatch.alert.subscription;

import java.util.List;

/**
 * The body of a create or update. Plain strings on purpose: the validator names the field
 * of a bad value, which binding to enums could not. {@code paused} missing means not
 * paused on create and unchanged on update.
 */
record SubscriptionRequest(String name, List<String> eventTypes, List<String> topics, List<String> entities,
		String lang, String query, String webhookUrl, String webhookSecret, String email, String mode, Boolean paused) {
}
