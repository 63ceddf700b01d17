/**
 * Parsing a Kremlin article page, the source of truth for a release: title, lead, Moscow
 * publication time, place, body text, tags and the other language's address.
 */
package org.kremlinwatch.ingest.page;
