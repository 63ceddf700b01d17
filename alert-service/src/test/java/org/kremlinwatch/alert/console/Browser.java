package org.kremlinwatch.alert.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's {@code chromium} driven by its
 * {@code chromium-driver}), never downloaded: Selenium Manager is bypassed by naming the
 * binaries. As a JUnit condition: without them the browser tests fail under
 * {@code CI=true} and are skipped, loudly, elsewhere.
 */
final class Browser implements ExecutionCondition {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute()) {
			return ConditionEvaluationResult.enabled("chromium and chromedriver found");
		}
		String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
				+ ": install the Debian packages 'chromium chromium-driver' (sudo apt-get install chromium chromium-driver)";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(message);
		}
		System.err.println("\n*** SKIPPING BROWSER TESTS *** " + message + "\n");
		return ConditionEvaluationResult.disabled(message);
	}

	/** A fresh browser with its own profile directory, {@code width} x {@code height}. */
	static ChromeDriver start(Path profile, int width, int height) {
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath(),
				"--window-size=" + width + "," + height);
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
		driver.manage().window().setSize(new Dimension(width, height));
		return driver;
	}

	/** Saves what {@code driver} shows as {@code target/screenshots/<name>.png}. */
	static void screenshot(ChromeDriver driver, String name) {
		try {
			driver.executeScript("window.scrollTo(0, 0)");
			Path dir = Files.createDirectories(Path.of("target", "screenshots"));
			Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
