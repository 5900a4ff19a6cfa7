package org.familyties.stats.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import org.familyties.stats.data.DataException;

/** Entry point of the engine's command line: {@code familyties <command> [options]}. */
public final class StatsCli {

    public static final int OK = 0;
    public static final int BAD_INPUT = 2;

    private StatsCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = new TreeMap<>();
        ServiceLoader.load(Command.class).forEach(c -> commands.put(c.name(), c));
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            out.println("Usage: familyties <command> [options]");
            commands.values().forEach(c -> out.printf("  %-12s %s%n", c.name(), c.summary()));
            return args.length == 0 ? BAD_INPUT : OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("Unknown command '" + args[0] + "'; commands: " + String.join(", ", commands.keySet()));
            return BAD_INPUT;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (rest.length == 1 && rest[0].equals("--help")) {
            out.println(command.usage());
            return OK;
        }
        try {
            command.run(rest, out);
            out.flush();
            return OK;
        } catch (UsageException | DataException e) {
            err.println(command.name() + ": " + oneLine(e.getMessage()));
            return BAD_INPUT;
        } catch (java.io.IOException e) {
            err.println(command.name() + ": cannot read input: " + oneLine(e.getMessage()));
            return BAD_INPUT;
        } catch (Exception e) {
            err.println(command.name() + ": failed: " + oneLine(String.valueOf(e.getMessage())));
            return 1;
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ");
    }
}
