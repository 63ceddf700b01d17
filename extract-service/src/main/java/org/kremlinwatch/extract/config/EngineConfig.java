package org.kremlinwatch.extract.config;

import org.kremlinwatch.extract.engine.Extractor;
import org.kremlinwatch.extract.engine.Tagger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java engine as a bean, with the configured rules. */
@Configuration(proxyBeanMethods = false)
class EngineConfig {

	@Bean
	Tagger tagger(ExtractProperties properties) {
		return new Tagger(Extractor.of(properties.taxonomy(), properties.gazetteer()));
	}

}
