package org.familyties.stats.cli;

import java.io.PrintStream;

/**
 * One sub-command of the engine's command line ({@code familyties sem …}). Implementations are
 * listed in {@code META-INF/services/org.familyties.stats.cli.Command}.
 */
public interface Command {

    /** The word that selects this command, e.g. {@code sem}. */
    String name();

    /** One line for the list of commands. */
    String summary();

    /** Full usage text, printed for {@code --help}. */
    String usage();

    /**
     * Runs the command with the arguments after its name (parse them with {@link Arguments#parse}). Bad input is reported by throwing {@link UsageException} (or
     * {@link org.familyties.stats.data.DataException}) with a one-line reason; the launcher then exits with status 2.
     */
    void run(String[] args, PrintStream out) throws Exception;
}
