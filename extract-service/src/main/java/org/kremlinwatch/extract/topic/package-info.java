/**
 * Topic tagging from the YAML taxonomy.
 */
package org.kremlinwatch.extract.topic;
