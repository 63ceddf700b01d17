package org.kremlinwatch.alert.subscriber;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the token out of an {@code Authorization: Bearer ...} header. */
final class BearerTokens {

	private static final Pattern BEARER = Pattern.compile("(?i)^Bearer\\s+(\\S+)\\s*$");

	private BearerTokens() {
	}

	static String from(String authorization) {
		if (authorization == null) {
			throw new Unauthorized("an Authorization: Bearer header is required");
		}
		Matcher matcher = BEARER.matcher(authorization);
		if (!matcher.matches()) {
			throw new Unauthorized("the Authorization header must be 'Bearer <token>'");
		}
		return matcher.group(1);
	}

}
