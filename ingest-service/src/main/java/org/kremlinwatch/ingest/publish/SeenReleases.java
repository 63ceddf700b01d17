package org.kremlinwatch.ingest.publish;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The releases already published, table {@code seen_releases} in schema ingest. */
@Repository
class SeenReleases {

	private final JdbcClient jdbc;

	SeenReleases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Seen> find(String releaseId) {
		return this.jdbc.sql("SELECT revision, content_hash, first_seen FROM seen_releases WHERE release_id = :id")
			.param("id", releaseId)
			.query((rs, row) -> new Seen(rs.getInt("revision"), rs.getString("content_hash"),
					rs.getTimestamp("first_seen").toInstant()))
			.optional();
	}

	/**
	 * Records that {@code revision} of a release was published (acknowledged by Kafka).
	 */
	void published(String releaseId, long kremlinId, String lang, int revision, String contentHash, String url,
			Instant now) {
		this.jdbc
			.sql("""
					INSERT INTO seen_releases (release_id, kremlin_id, lang, revision, content_hash, url, first_seen, last_seen)
					VALUES (:id, :kremlinId, :lang, :revision, :hash, :url, :now, :now)
					ON CONFLICT (release_id) DO UPDATE SET revision = EXCLUDED.revision,
					    content_hash = EXCLUDED.content_hash, url = EXCLUDED.url, last_seen = EXCLUDED.last_seen
					""")
			.param("id", releaseId)
			.param("kremlinId", kremlinId)
			.param("lang", lang)
			.param("revision", revision)
			.param("hash", contentHash)
			.param("url", url)
			.param("now", Timestamp.from(now))
			.update();
	}

	void stillThere(String releaseId, Instant now) {
		this.jdbc.sql("UPDATE seen_releases SET last_seen = :now WHERE release_id = :id")
			.param("now", Timestamp.from(now))
			.param("id", releaseId)
			.update();
	}

	record Seen(int revision, String contentHash, Instant firstSeen) {
	}

}
