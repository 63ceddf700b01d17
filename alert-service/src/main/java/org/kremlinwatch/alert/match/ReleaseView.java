package org.kremlinwatch.alert.match;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.kremlinwatch.events.v1.Entity;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.events.v1.TopicMatch;

/**
 * A release prepared once for matching against many subscriptions: its topic ids, its
 * entities by lower-case name, the event kinds it reports, and its title and text
 * analyzed (only when a query asks).
 */
final class ReleaseView {

	private final ReleaseTagged release;

	private final Set<String> topics;

	private final Map<String, String> entities = new LinkedHashMap<>();

	private final Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);

	private final Map<ExtractedEvent, String> dedupeKeys = new IdentityHashMap<>();

	private final Map<String, String> topicReasons = new HashMap<>();

	private final Map<String, String> entityReasons = new HashMap<>();

	private String releaseDedupeKey;

	private MemoryIndex memoryIndex;

	private ReleaseText analyzed;

	ReleaseView(ReleaseTagged release) {
		this.release = release;
		this.topics = release.topics().stream().map(TopicMatch::id).collect(Collectors.toSet());
		for (Entity entity : release.entities()) {
			this.entities.putIfAbsent(entity.name().toLowerCase(Locale.ROOT), entity.name());
		}
		for (ExtractedEvent event : release.events()) {
			for (EventKind kind : EventKind.values()) {
				if (kind.matches(event)) {
					this.kinds.add(kind);
				}
			}
		}
	}

	ReleaseTagged release() {
		return this.release;
	}

	Set<String> topics() {
		return this.topics;
	}

	/** Entity names as the release spells them, by lower-case name. */
	Map<String, String> entities() {
		return this.entities;
	}

	Set<EventKind> kinds() {
		return this.kinds;
	}

	/**
	 * The dedupe key of {@code event} of this release, computed once however many
	 * subscriptions it matches (normalizing and hashing is most of the cost of a match).
	 */
	String dedupeKey(ExtractedEvent event) {
		return this.dedupeKeys.computeIfAbsent(event, (key) -> DedupeKeys.ofEvent(this.release, key));
	}

	/** Title and text, one after the other, as the query field holds them. */
	String fullText() {
		return this.release.title() + "\n" + ((this.release.text() != null) ? this.release.text() : "");
	}

	/** Whether {@code query} matches the title and text. */
	boolean matches(Query query) {
		if (this.memoryIndex == null) {
			this.memoryIndex = TextAnalysis.index(fullText());
		}
		return this.memoryIndex.search(query) > 0.0f;
	}

	/** Title and text analyzed once, for the monitor's document and for reasons. */
	ReleaseText text() {
		if (this.analyzed == null) {
			this.analyzed = new ReleaseText(fullText());
		}
		return this.analyzed;
	}

	/** {@code topic:<id>}, built once per release however many subscriptions match. */
	String topicReason(String topic) {
		String reason = this.topicReasons.get(topic);
		if (reason == null) {
			reason = "topic:" + topic;
			this.topicReasons.put(topic, reason);
		}
		return reason;
	}

	/** {@code entity:<name as the release spells it>}, by lower-case name. */
	String entityReason(String lowerCaseName) {
		String reason = this.entityReasons.get(lowerCaseName);
		if (reason == null) {
			reason = "entity:" + this.entities.get(lowerCaseName);
			this.entityReasons.put(lowerCaseName, reason);
		}
		return reason;
	}

	/** The dedupe key of the release as a whole, computed once. */
	String releaseDedupeKey() {
		if (this.releaseDedupeKey == null) {
			this.releaseDedupeKey = DedupeKeys.ofRelease(this.release);
		}
		return this.releaseDedupeKey;
	}

}
