/**
 * The wire contract of kremlinwatch: topic names
 * ({@link org.kremlinwatch.events.Topics}), the JSON mapping
 * ({@link org.kremlinwatch.events.EventJson}) and, in {@code v1}, the event records. JSON
 * Schemas of the records lie beside them as resources under
 * {@code org/kremlinwatch/events/schema/v1}.
 */
package org.kremlinwatch.events;
