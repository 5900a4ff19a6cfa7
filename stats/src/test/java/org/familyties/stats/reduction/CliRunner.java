package org.familyties.stats.reduction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.familyties.stats.cli.StatsCli;

/** Runs the command line in-process and captures what it prints. */
public final class CliRunner {

    public record Run(int status, String out, String err) {
    }

    private CliRunner() {
    }

    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = StatsCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Copies a test resource under {@code /reduction} into a folder, so that it can be passed as a file. */
    public static Path copy(String resource, Path dir) {
        try (InputStream in = CliRunner.class.getResourceAsStream("/reduction/" + resource)) {
            Path target = dir.resolve(resource);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
