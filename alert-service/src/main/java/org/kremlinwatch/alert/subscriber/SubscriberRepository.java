package org.kremlinwatch.alert.subscriber;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubscriberRepository {

	private final JdbcClient jdbc;

	SubscriberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String name, String apiKeyHash) {
		this.jdbc.sql("INSERT INTO subscriber (id, name, api_key_hash) VALUES (?, ?, ?)")
			.params(id, name, apiKeyHash)
			.update();
	}

	Optional<UUID> findIdByKeyHash(String apiKeyHash) {
		return this.jdbc.sql("SELECT id FROM subscriber WHERE api_key_hash = ?")
			.param(apiKeyHash)
			.query(UUID.class)
			.optional();
	}

}
