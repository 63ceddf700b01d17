package org.kremlinwatch.alert.subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.kremlinwatch.alert.config.InvalidRequest;
import org.kremlinwatch.alert.config.InvalidRequest.FieldProblem;
import org.kremlinwatch.alert.delivery.SsrfGuard;
import org.kremlinwatch.alert.delivery.WebhookSigner;
import org.kremlinwatch.alert.match.EventKind;
import org.kremlinwatch.alert.match.TextQuery;
import org.kremlinwatch.events.v1.Lang;

import org.springframework.stereotype.Component;

/**
 * Checks a request and returns it cleaned up (trimmed, defaults filled in), or throws
 * {@link InvalidRequest} naming every bad field at once.
 */
@Component
class SubscriptionValidator {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final List<String> MODES = List.of("IMMEDIATE", "DAILY_DIGEST");

	private final SsrfGuard ssrfGuard;

	SubscriptionValidator(SsrfGuard ssrfGuard) {
		this.ssrfGuard = ssrfGuard;
	}

	SubscriptionRequest validate(SubscriptionRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		if (request == null) {
			throw new InvalidRequest(List.of(new FieldProblem("name", "a JSON body with a name is required")));
		}
		String name = blankToNull(request.name());
		if (name == null || name.length() > 200) {
			errors.add(new FieldProblem("name", "must be 1 to 200 characters"));
		}
		List<String> eventTypes = list(request.eventTypes(), "eventTypes", errors);
		for (int i = 0; i < eventTypes.size(); i++) {
			if (!isEventKind(eventTypes.get(i))) {
				errors.add(new FieldProblem("eventTypes[" + i + "]", "unknown event type '" + eventTypes.get(i)
						+ "'; one of MEETING_ANNOUNCED, MEETING_HELD, WARNING, CALL"));
			}
		}
		List<String> topics = list(request.topics(), "topics", errors);
		List<String> entities = list(request.entities(), "entities", errors);
		String lang = blankToNull(request.lang());
		if (lang != null && !lang.equals(Lang.ru.name()) && !lang.equals(Lang.en.name())) {
			errors.add(new FieldProblem("lang", "must be ru, en or null for both"));
		}
		String query = blankToNull(request.query());
		if (query != null) {
			try {
				TextQuery.parse(query);
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldProblem("query", ex.getMessage()));
			}
		}
		String webhookUrl = blankToNull(request.webhookUrl());
		if (webhookUrl != null) {
			webhookProblem(webhookUrl).ifPresent((message) -> errors.add(new FieldProblem("webhookUrl", message)));
		}
		String webhookSecret = blankToNull(request.webhookSecret());
		if (webhookSecret != null && !WebhookSigner.isValidSecret(webhookSecret)) {
			errors.add(new FieldProblem("webhookSecret", "must be whsec_ followed by base64 of at least 16 bytes"));
		}
		String email = blankToNull(request.email());
		if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
			errors.add(new FieldProblem("email", "is not an e-mail address"));
		}
		String mode = (blankToNull(request.mode()) != null) ? request.mode().strip() : "IMMEDIATE";
		if (!MODES.contains(mode)) {
			errors.add(new FieldProblem("mode", "must be IMMEDIATE or DAILY_DIGEST"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequest(errors);
		}
		return new SubscriptionRequest(name, eventTypes, topics, entities, lang, query, webhookUrl, webhookSecret,
				email, mode, request.paused());
	}

	private Optional<String> webhookProblem(String webhookUrl) {
		URI uri;
		try {
			uri = new URI(webhookUrl);
		}
		catch (URISyntaxException ex) {
			return Optional.of("is not a URL: " + ex.getReason());
		}
		if (!uri.isAbsolute() || uri.getHost() == null) {
			return Optional.of("must be an absolute http or https URL with a host");
		}
		return this.ssrfGuard.refusal(uri);
	}

	private static boolean isEventKind(String value) {
		for (EventKind kind : EventKind.values()) {
			if (kind.name().equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> list(List<String> values, String field, List<FieldProblem> errors) {
		if (values == null) {
			return List.of();
		}
		List<String> cleaned = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String value = blankToNull(values.get(i));
			if (value == null) {
				errors.add(new FieldProblem(field + "[" + i + "]", "must not be blank"));
			}
			else if (!cleaned.contains(value)) {
				cleaned.add(value);
			}
		}
		return cleaned;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
