package nl.tegelijk.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line for planners: {@code java -jar tegelijk.jar <command>}. Every error on user input ends in one
 * clear line on standard error and a non-zero exit code, never a stack trace.
 */
@Command(name = "tegelijk", mixinStandardHelpOptions = true, version = "Tegelijk 0.1.0",
        description = "Plans housing, Dutch, education and work for newcomers at the same time.",
        subcommands = {ValidateCommand.class, GenerateCommand.class, AssessCommand.class, PlanCommand.class, RunCommand.class,
                ReplanCommand.class, SimulateCommand.class, WhatIfCommand.class,
                ExplainCommand.class, CommandLine.HelpCommand.class})
public final class TegelijkCommand implements Runnable {

    /** Exit code for invalid input (a scenario with errors, a file that cannot be read). */
    public static final int EXIT_INVALID_INPUT = 1;
    /** Exit code for a usage error (bad arguments). */
    public static final int EXIT_USAGE = 2;
    /** Exit code for an unexpected internal failure. */
    public static final int EXIT_INTERNAL = 3;
    /** Exit code for a plan the independent validator rejects (a broken hard rule, or a replan that moved the past). */
    public static final int EXIT_INVALID_PLAN = 4;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** A configured command line, for tests and for {@link #main}. */
    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new TegelijkCommand());
        cli.setExitCodeExceptionMapper(e -> e instanceof UserInputException ? EXIT_INVALID_INPUT : EXIT_INTERNAL);
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("tegelijk: " + e.getMessage());
            err.println("Try 'java -jar tegelijk.jar " + e.getCommandLine().getCommandName() + " --help'.");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof UserInputException) {
                err.println("tegelijk: " + e.getMessage());
                return EXIT_INVALID_INPUT;
            }
            err.println("tegelijk: internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage());
            return EXIT_INTERNAL;
        });
        return cli;
    }
}
