package org.kremlinwatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests, started once per test JVM (about 3 s) from binaries
 * that come from Maven Central. Each caller gets a database of its own, so tests that
 * share the JVM never see each other's rows.
 */
public final class TestPostgres {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	private TestPostgres() {
	}

	/**
	 * Creates a new empty database and returns its JDBC URL; user {@code postgres}, no
	 * password.
	 */
	public static synchronized String newDatabase() {
		String name = "kw_test_" + DATABASES.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create test database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	private static EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("embedded PostgreSQL did not start", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
		}
		return server;
	}

	private static void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// The JVM is exiting; the server's own shutdown hook removes its data
			// directory.
		}
	}

}
