package org.rarewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher script and the packaged jar, as a user runs them. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "rarewatch").toAbsolutePath().normalize();

    private static Process start(Path workDir, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("launcher.log").toFile())
                .start();
    }

    private static int runToEnd(Path workDir, String... args) throws Exception {
        Process process = start(workDir, args);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    @Test
    void helpAndUsageErrorsFromTheLauncher(@TempDir Path dir) throws Exception {
        assertThat(runToEnd(dir, "--help")).isZero();
        assertThat(Files.readString(dir.resolve("launcher.log"))).contains("serve");
        assertThat(runToEnd(dir, "no-such-command")).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("launcher.log")).lines())
                .containsExactly("rarewatch: Unmatched argument at index 0: 'no-such-command' (see ./rarewatch --help)");
    }

    @Test
    void serveDemoAnswersOnTheHomePageAndHealthCreatingTheEmbeddedDatabase(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process server = start(dir, "serve", "--demo", "--port", String.valueOf(port));
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> home = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && server.isAlive()) {
                try {
                    home = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (home.statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    Thread.sleep(250);
                }
            }
            assertThat(home).as("home page answered; log:%n%s", Files.readString(dir.resolve("launcher.log")))
                    .isNotNull();
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("The NHS Long Term Plan", "National Cancer Plan for England");
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(dir.resolve("data/rarewatch.mv.db")).exists();
            // demo accounts with random passwords, printed once
            assertThat(Files.readString(dir.resolve("launcher.log")))
                    .containsPattern("demo-admin +admin +[A-Za-z0-9]{20}")
                    .containsPattern("demo-editor +editor +[A-Za-z0-9]{20}")
                    .containsPattern("demo-sarcoma +member +[A-Za-z0-9]{20}")
                    .containsPattern("demo-brain +member +[A-Za-z0-9]{20}");
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
