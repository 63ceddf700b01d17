package org.kremlinwatch.extract;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * extract-service: tags fetched Kremlin releases with topics, entities and events and
 * publishes them, exactly once, to {@code kremlin.releases.tagged.v1}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExtractApplication {

	public static void main(String[] args) {
		SpringApplication.run(ExtractApplication.class, args);
	}

}
