package org.kremlinwatch.extract.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.ReleaseFetched;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON line in the ReleaseFetched v1 shape, of which only {@code releaseId},
 * {@code lang}, {@code title}, {@code text} and {@code publishedAt} are required: the
 * rest is filled in so that users can feed hand-written lines.
 */
final class ReleaseReader {

	private static final String[] REQUIRED = { "releaseId", "lang", "title", "text", "publishedAt" };

	ReleaseFetched read(String line) {
		JsonNode node = EventJson.mapper().readTree(line);
		if (!(node instanceof ObjectNode object)) {
			throw new IllegalArgumentException("expected a JSON object");
		}
		for (String field : REQUIRED) {
			if (!object.hasNonNull(field)) {
				throw new IllegalArgumentException("missing required field '" + field + "'");
			}
		}
		String releaseId = object.get("releaseId").asString();
		if (!object.hasNonNull("kremlinId")) {
			int colon = releaseId.indexOf(':');
			if (colon < 0) {
				throw new IllegalArgumentException("releaseId must be <lang>:<kremlin id>, got '" + releaseId + "'");
			}
			object.put("kremlinId", Long.parseLong(releaseId.substring(colon + 1)));
		}
		String lang = object.get("lang").asString();
		String content = object.get("title").asString() + "\n" + object.get("text").asString();
		putIfAbsent(object, "eventId", UUID.nameUUIDFromBytes(content.getBytes(StandardCharsets.UTF_8)).toString());
		putIfAbsent(object, "occurredAt", Instant.now().toString());
		putIfAbsent(object, "url", ("en".equals(lang) ? "http://en.kremlin.ru" : "http://kremlin.ru")
				+ "/events/president/news/" + object.get("kremlinId").asString());
		putIfAbsent(object, "contentHash", sha256(content));
		if (!object.hasNonNull("revision")) {
			object.put("revision", 1);
		}
		return EventJson.mapper().treeToValue(object, ReleaseFetched.class);
	}

	private static void putIfAbsent(ObjectNode object, String field, String value) {
		if (!object.hasNonNull(field)) {
			object.put(field, value);
		}
	}

	static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
