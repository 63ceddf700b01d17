/**
 * The release archive: every tagged release (its newest revision) in PostgreSQL, for the
 * console's live feed and its search by text, topic, entity, language and date.
 */
package org.kremlinwatch.alert.archive;
