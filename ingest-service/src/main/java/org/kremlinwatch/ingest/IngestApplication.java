package org.kremlinwatch.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The ingest service: polls the Kremlin's feeds, fetches and parses each release page,
 * and publishes every release (and every silent edit) once as
 * {@link org.kremlinwatch.events.v1.ReleaseFetched}. With {@code backfill ...} or
 * {@code replay DIR} as arguments it runs that one-shot job instead and exits (see
 * {@link OneShotCommands}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

	public static void main(String[] args) {
		if (OneShotCommands.isCommand(args)) {
			System.exit(OneShotCommands.run(args));
		}
		SpringApplication.run(IngestApplication.class, args);
	}

}
