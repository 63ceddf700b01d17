package org.kremlinwatch.ingest.source;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One active poller per source across all instances sharing the database: a PostgreSQL
 * session-level advisory lock per source, held on a connection kept open for as long as
 * this instance polls the source. The lock lives and dies with the session, so an
 * instance that crashes or loses its connection frees its sources without any timeout or
 * clean-up, and another instance takes them over at its next poll.
 */
@Component
class PollerLocks {

	private static final Logger logger = LoggerFactory.getLogger(PollerLocks.class);

	private final DataSource dataSource;

	private final Map<String, Connection> held = new HashMap<>();

	PollerLocks(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Whether this instance is (or has just become) the one poller of {@code source}.
	 * Checks that the session holding the lock is still alive: a lock lost with its
	 * connection (database restart, network cut) may already be held elsewhere.
	 */
	synchronized boolean tryHold(String source) {
		Connection connection = this.held.get(source);
		if (connection != null) {
			if (isValid(connection)) {
				return true;
			}
			this.held.remove(source);
			discard(connection);
			logger.warn("Source '{}': the connection holding its poller lock was lost", source);
		}
		Connection fresh = null;
		try {
			fresh = this.dataSource.getConnection();
			fresh.setAutoCommit(true);
			try (PreparedStatement lock = fresh.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
				lock.setLong(1, key(source));
				try (ResultSet result = lock.executeQuery()) {
					if (result.next() && result.getBoolean(1)) {
						this.held.put(source, fresh);
						return true;
					}
				}
			}
		}
		catch (SQLException ex) {
			// Without the database the poll could not dedupe anyway: skip it.
			logger.warn("Source '{}': could not take its poller lock: {}", source, ex.getMessage());
		}
		close(fresh);
		return false;
	}

	/**
	 * Frees every source this instance polls, so that another instance takes over now.
	 */
	synchronized void releaseAll() {
		this.held.forEach((source, connection) -> {
			try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
				unlock.setLong(1, key(source));
				unlock.execute();
			}
			catch (SQLException ex) {
				// Closing the session below frees it all the same.
				logger.debug("Source '{}': unlock failed: {}", source, ex.getMessage());
			}
			discard(connection);
		});
		this.held.clear();
	}

	/**
	 * The lock's key: 64 bits of a SHA-256 of the source name, stable across versions and
	 * JVMs (unlike {@code String.hashCode}, which would also collide more easily).
	 */
	static long key(String source) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("kremlinwatch.ingest.source:" + source).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isValid(Connection connection) {
		try {
			return connection.isValid(5);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Ends the session of a connection that held a lock instead of giving it back to the
	 * pool, where a lock that failed to unlock would stay held by an idle connection.
	 */
	private void discard(Connection connection) {
		try {
			if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
				this.dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
				return;
			}
		}
		catch (SQLException ex) {
			logger.debug("Evicting a poller lock connection failed: {}", ex.getMessage());
		}
		close(connection);
	}

	private static void close(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			logger.debug("Closing a poller lock connection failed: {}", ex.getMessage());
		}
	}

}
