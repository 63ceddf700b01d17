package org.kremlinwatch.extract.config;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of extract-service, prefix {@code kremlinwatch.extract}.
 *
 * @param partitions partitions of the topics this service creates
 * @param replicas replication factor of the topics this service creates
 * @param taxonomy where the topic taxonomy lies ({@code classpath:}, {@code file:} or a
 * path)
 * @param gazetteer where the entity gazetteer lies
 * @param retryInitialInterval first pause before a failed record is tried again
 * @param retryAttempts how many times a failed record is tried again before it goes to
 * the dead-letter topic
 */
@ConfigurationProperties(prefix = "kremlinwatch.extract")
@Validated
public record ExtractProperties(@DefaultValue("3") @Min(1) int partitions,
		@DefaultValue("1") @Min(1) @Max(32767) int replicas,
		@DefaultValue("classpath:taxonomy.yml") @NotBlank String taxonomy,
		@DefaultValue("classpath:gazetteer.yml") @NotBlank String gazetteer,
		@DefaultValue("200ms") @NotNull Duration retryInitialInterval, @DefaultValue("3") @Min(0) int retryAttempts) {

}
