package org.kremlinwatch.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.ingest.backfill.Backfill;
import org.kremlinwatch.ingest.publish.PublishTally;
import org.kremlinwatch.ingest.replay.Replay;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one-shot commands of the ingest jar, for {@code ./kremlinwatch}: <pre>
 * java -jar ingest-service.jar backfill --from 2021-12-01 --to 2021-12-31 [--lang ru|en]
 * java -jar ingest-service.jar replay DIR [--lang ru|en]
 * </pre> They start the application without web server and without pollers, do the job
 * against the configured Kafka and PostgreSQL, print a summary and give the exit status:
 * 0, or 1 when something failed (2 for a wrong command line). Other {@code --key=value}
 * arguments are Spring properties, as for the service.
 */
final class OneShotCommands {

	private static final String USAGE = """
			usage: java -jar ingest-service.jar backfill --from YYYY-MM-DD --to YYYY-MM-DD [--lang ru|en] [--spring.prop=value ...]
			       java -jar ingest-service.jar replay DIR [--lang ru|en] [--spring.prop=value ...]""";

	private OneShotCommands() {
	}

	static boolean isCommand(String... args) {
		return args.length > 0 && (args[0].equals("backfill") || args[0].equals("replay"));
	}

	/** Runs the command in {@code args} and returns its exit status. */
	static int run(String... args) {
		return run(System.out, System.err, args);
	}

	static int run(PrintStream out, PrintStream err, String... args) {
		String command = args[0];
		LocalDate from = null;
		LocalDate to = null;
		Lang lang = null;
		Path dir = null;
		List<String> springArgs = new ArrayList<>();
		try {
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
				boolean own = name.equals("--from") || name.equals("--to") || name.equals("--lang");
				String value = !own ? null : arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : args[++i];
				switch (name) {
					case "--from" -> from = LocalDate.parse(value);
					case "--to" -> to = LocalDate.parse(value);
					case "--lang" -> lang = Lang.valueOf(value);
					default -> {
						if (arg.startsWith("--")) {
							springArgs.add(arg);
						}
						else if (command.equals("replay") && dir == null) {
							dir = Path.of(arg);
						}
						else {
							throw new IllegalArgumentException("unexpected argument '" + arg + "'");
						}
					}
				}
			}
			if (command.equals("backfill") && (from == null || to == null || to.isBefore(from))) {
				throw new IllegalArgumentException("backfill needs --from and --to, --from not after --to");
			}
			if (command.equals("replay") && dir == null) {
				throw new IllegalArgumentException("replay needs a folder");
			}
		}
		catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException ex) {
			err.println(command + ": " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		// The pollers stay off: a one-shot job must not start watching the site.
		springArgs.add("--kremlinwatch.ingest.polling-enabled=false");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IngestApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run(springArgs.toArray(String[]::new))) {
			PublishTally tally;
			String what;
			if (command.equals("backfill")) {
				tally = context.getBean(Backfill.class).run(from, to, lang);
				what = "backfill " + from + " to " + to + ((lang != null) ? " (" + lang + ")" : "");
			}
			else {
				tally = context.getBean(Replay.class).run(dir, (lang != null) ? lang : Lang.en);
				what = "replay " + dir;
			}
			tally.failures().stream().limit(20).forEach((failure) -> err.println("failed: " + failure));
			out.println(what + ": " + tally.summary());
			return tally.exitCode();
		}
		catch (RuntimeException ex) {
			err.println(command + " failed: " + ex.getMessage());
			return 1;
		}
	}

}
