// Round 21: embeds column 7 of each line of sentences.tsv with all-MiniLM-L6-v2 (quantized,
// served from Maven Central by langchain4j; ONNX Runtime in process) and writes the vectors,
// 384 big-endian floats a line, in order. About 100 sentences a second on two cores.
import java.io.*;
import java.nio.file.*;
import java.util.*;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

public class Embed {

	public static void main(String[] args) throws Exception {
		List<String> lines = Files.readAllLines(Path.of(args[0]));
		var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
		long start = System.nanoTime();
		try (var out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(args[1])))) {
			for (int i = 0; i < lines.size(); i += 64) {
				List<TextSegment> batch = new ArrayList<>();
				for (int j = i; j < Math.min(lines.size(), i + 64); j++) {
					batch.add(TextSegment.from(lines.get(j).split("\t")[6]));
				}
				for (var embedding : model.embedAll(batch).content()) {
					for (float v : embedding.vector()) {
						out.writeFloat(v);
					}
				}
			}
		}
		System.err.printf("%d sentences in %.0f s%n", lines.size(), (System.nanoTime() - start) / 1e9);
	}

}
