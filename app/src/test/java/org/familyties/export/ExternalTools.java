package org.familyties.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real programs that read our files (GNU PSPP, R). When a program is not on PATH the test is
 * skipped, except under CI=true where it must be present.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    public static void require(String program) {
        if (onPath(program)) {
            return;
        }
        String reason = program + " not found on PATH";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason + " (required when CI=true)");
        }
        System.out.println("Skipping: " + reason);
        Assumptions.assumeTrue(false, reason);
    }

    public static void requireRPackage(String pkg) {
        require("Rscript");
        Result r = run(Path.of(System.getProperty("java.io.tmpdir")), "Rscript", "-e",
                "quit(status = if (requireNamespace('" + pkg + "', quietly = TRUE)) 0 else 3)");
        if (r.exitCode() == 0) {
            return;
        }
        String reason = "R package " + pkg + " not installed";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason + " (required when CI=true)");
        }
        System.out.println("Skipping: " + reason);
        Assumptions.assumeTrue(false, reason);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir, program);
            if (f.isFile() && f.canExecute()) {
                return true;
            }
        }
        return false;
    }

    public record Result(int exitCode, String output) {
    }

    public static Result run(Path dir, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C.UTF-8");
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " timed out");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RuntimeException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }

    /** Runs and asserts a zero exit code, returning the output. */
    public static String runOk(Path dir, String... command) {
        Result r = run(dir, command);
        assertThat(r.exitCode()).as("%s failed:%n%s", String.join(" ", command), r.output()).isZero();
        return r.output();
    }

    public static List<String> args(String... a) {
        return new ArrayList<>(List.of(a));
    }
}
