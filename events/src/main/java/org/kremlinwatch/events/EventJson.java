package org.kremlinwatch.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of kremlinwatch events, shared by every producer and consumer so
 * that all services agree on the wire format.
 */
public final class EventJson {

	private static final JsonMapper MAPPER = builder().build();

	private EventJson() {
	}

	/** A shared, immutable mapper for the v1 records. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * A builder preset for the v1 records, for services that need to add to it.
	 * <ul>
	 * <li>Timestamps keep the offset they were written with ({@code publishedAt} carries
	 * Moscow's +03:00, which readers rely on), so the reader must not normalise them to
	 * UTC.</li>
	 * <li>Unknown properties are ignored: within v1 producers may add optional fields,
	 * and an older consumer must keep working.</li>
	 * <li>Properties are written in record order, not sorted, so that a record read off a
	 * topic reads like the contract.</li>
	 * </ul>
	 */
	public static JsonMapper.Builder builder() {
		return JsonMapper.builder()
			.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);
	}

}
