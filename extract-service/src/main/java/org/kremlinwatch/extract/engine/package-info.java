/**
 * The extraction engine: plain Java, no Spring.
 * {@link org.kremlinwatch.extract.engine.Extractor} reads a release and returns its
 * topics, entities and events; the taxonomy and gazetteer are YAML resources whose hash
 * is part of the extractor version.
 */
package org.kremlinwatch.extract.engine;
