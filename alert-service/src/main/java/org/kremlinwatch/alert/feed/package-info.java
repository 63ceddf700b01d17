/**
 * What a subscriber reads back: its recent alerts as JSON ({@code /api/v1/alerts}), as an
 * Atom feed ({@code /feeds/{token}.atom}) and its announced meetings as an iCalendar
 * ({@code /calendar/{token}.ics}); the feeds are addressed by the subscription's
 * unguessable feed token, since feed readers and calendar apps cannot send an API key.
 */
package org.kremlinwatch.alert.feed;
