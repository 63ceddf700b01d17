package org.kremlinwatch.alert;

import org.kremlinwatch.testsupport.TestPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the application under test at a fresh database of the embedded PostgreSQL
 * server.
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		String url = TestPostgres.newDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

}
