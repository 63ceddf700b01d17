/**
 * The analysts' console: server-rendered pages (live feed over SSE, upcoming meetings,
 * subscriptions, search) in English and Russian, and the webhook test endpoint.
 */
package org.kremlinwatch.alert.console;
