package org.kremlinwatch.alert.match;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.ReleaseTagged;

/**
 * What an alert is about, so that a subscription hears of it once. Built only from
 * language-independent parts (extract-service gives places and participants under
 * canonical English names), so that the Russian and English versions of a release agree.
 * <ul>
 * <li>a meeting: {@code meeting:<place>:<dateStart>:<participants, sorted>}, so that the
 * same talks reported by five releases alert once;</li>
 * <li>a call or a warning: {@code <TYPE>:<kremlinId>:<hash>}, the hash over the event's
 * date, participants and speaker (not the sentence, which differs between
 * languages);</li>
 * <li>a release: {@code release:<kremlinId>}.</li>
 * </ul>
 */
public final class DedupeKeys {

	private DedupeKeys() {
	}

	public static String ofRelease(ReleaseTagged release) {
		return "release:" + release.kremlinId();
	}

	public static String ofEvent(ReleaseTagged release, ExtractedEvent event) {
		if (event.type() == EventType.MEETING) {
			return "meeting:" + normalize(event.place()) + ":" + orEmpty(event.dateStart()) + ":"
					+ String.join(",", sortedParticipants(event));
		}
		String canonical = orEmpty(event.dateStart()) + "|" + String.join(",", sortedParticipants(event)) + "|"
				+ normalize(event.speaker());
		return event.type() + ":" + release.kremlinId() + ":" + sha256(canonical).substring(0, 16);
	}

	/** The participants of {@code event}, normalized, sorted and comma-separated. */
	static String participantsKey(ExtractedEvent event) {
		return String.join(",", sortedParticipants(event));
	}

	private static List<String> sortedParticipants(ExtractedEvent event) {
		return event.participants().stream().map(DedupeKeys::normalize).distinct().sorted().toList();
	}

	/**
	 * Lower case, one kind of dash, single spaces: spelling noise must not split keys.
	 */
	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replace('ё', 'е')
			.replaceAll("[\\p{Pd}\u2212]", "-")
			.replaceAll("\\s*-\\s*", "-")
			.replaceAll("[\\s,:]+", " ")
			.strip();
	}

	private static String orEmpty(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

}
