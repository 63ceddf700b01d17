package org.kremlinwatch.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The ingest service: polls the Kremlin's feeds, fetches and parses each release page,
 * and publishes every release (and every silent edit) once as
 * {@link org.kremlinwatch.events.v1.ReleaseFetched}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

	public static void main(String[] args) {
		SpringApplication.run(IngestApplication.class, args);
	}

}
