package org.kremlinwatch.extract.engine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.events.v1.ReleaseTagged;

/**
 * Turns a fetched release into its tagged record; shared by the service and the CLI so
 * that both write the same thing.
 */
public final class Tagger {

	private final Extractor extractor;

	public Tagger(Extractor extractor) {
		this.extractor = extractor;
	}

	/** The extractor behind this tagger. */
	public Extractor extractor() {
		return this.extractor;
	}

	/**
	 * Tags {@code release}. The event id depends only on release, revision and extractor
	 * version, so a redelivered record gets the same id and downstream can drop the
	 * duplicate.
	 */
	public ReleaseTagged tag(ReleaseFetched release, Instant now) {
		ReleaseInput input = ReleaseInput.of(release);
		Extraction extraction = this.extractor.extract(input);
		return new ReleaseTagged(eventId(release.releaseId(), release.revision(), this.extractor.version()), now,
				release.releaseId(), release.kremlinId(), release.lang(), release.url(), release.title(),
				release.publishedAt(), release.revision(), this.extractor.version(), extraction.topics(),
				extraction.entities(), extraction.events(), release.alternateUrl(), input.text());
	}

	/** {@code UUID.nameUUIDFromBytes(releaseId#revision#extractorVersion)}. */
	public static UUID eventId(String releaseId, int revision, String extractorVersion) {
		return UUID
			.nameUUIDFromBytes((releaseId + "#" + revision + "#" + extractorVersion).getBytes(StandardCharsets.UTF_8));
	}

}
