package org.kremlinwatch.events.v1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kremlinwatch.events.EventJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The v1 contract, pinned: each record must write exactly its golden JSON (field names,
 * types, value formats), read it back unchanged, and agree with its published JSON
 * Schema. The golden files are written by hand and are never regenerated from the code,
 * so a renamed or retyped field fails here before it reaches a consumer.
 */
class GoldenJsonTests {

	private static final JsonMapper JSON = EventJson.mapper();

	static Stream<Arguments> contract() {
		return Stream.of(Arguments.of(Samples.releaseFetched(), "release-fetched"),
				Arguments.of(Samples.releaseTagged(), "release-tagged"),
				Arguments.of(Samples.alertRaised(), "alert-raised"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("contract")
	void writesExactlyTheGoldenJson(Record sample, String name) {
		// Read back from text, not valueToTree, so that numbers compare by value the way
		// a consumer reads them.
		JsonNode written = JSON.readTree(JSON.writeValueAsString(sample));
		assertThat(written).isEqualTo(golden(name));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("contract")
	void readsTheGoldenJsonBackToTheSameRecord(Record sample, String name) {
		assertThat(JSON.treeToValue(golden(name), sample.getClass())).isEqualTo(sample);
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("contract")
	void goldenJsonConformsToThePublishedSchema(Record sample, String name) {
		List<Error> errors = schema(name).validate(golden(name));
		assertThat(errors).isEmpty();
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("contract")
	void schemaDescribesEveryFieldOfTheRecord(Record sample, String name) {
		JsonNode properties = schemaJson(name).get("properties");
		List<String> missing = new ArrayList<>();
		for (RecordComponent component : sample.getClass().getRecordComponents()) {
			if (!properties.has(component.getName())) {
				missing.add(component.getName());
			}
		}
		assertThat(missing).as("record fields that the JSON Schema does not describe").isEmpty();
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("contract")
	void schemaRejectsARenamedField(Record sample, String name) {
		ObjectNode renamed = (ObjectNode) golden(name).deepCopy();
		renamed.set("release_id", renamed.remove("releaseId"));
		assertThat(schema(name).validate(renamed)).isNotEmpty();
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("contract")
	void ignoresFieldsAddedByANewerProducer(Record sample, String name) {
		ObjectNode extended = (ObjectNode) golden(name).deepCopy();
		extended.put("someFutureOptionalField", "anything");
		assertThat(JSON.treeToValue(extended, sample.getClass())).isEqualTo(sample);
		assertThat(schema(name).validate(extended)).isEmpty();
	}

	private static JsonNode golden(String name) {
		return read("/golden/v1/" + name + ".json");
	}

	private static JsonNode schemaJson(String name) {
		return read("/org/kremlinwatch/events/schema/v1/" + name + ".schema.json");
	}

	private static Schema schema(String name) {
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaJson(name));
	}

	private static JsonNode read(String resource) {
		try (InputStream in = GoldenJsonTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
