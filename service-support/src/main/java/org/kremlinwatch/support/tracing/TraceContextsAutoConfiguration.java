package org.kremlinwatch.support.tracing;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Gives every service a {@link TraceContexts}. Without a tracer on the class path (a
 * trimmed build, a slice test) it still works: spans are no-ops and nothing is carried.
 */
@AutoConfiguration
public class TraceContextsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TraceContexts traceContexts(ObjectProvider<ObservationRegistry> registry, ObjectProvider<Tracer> tracer,
			ObjectProvider<Propagator> propagator) {
		return new TraceContexts(registry.getIfAvailable(() -> ObservationRegistry.NOOP),
				tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
	}

}
