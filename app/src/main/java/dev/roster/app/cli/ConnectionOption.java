package dev.roster.app.cli;

import picocli.CommandLine.Option;

/** {@code -c NAME}: which saved connection a command works on. */
final class ConnectionOption {
    @Option(names = {"-c", "--connection"}, paramLabel = "NAME", required = true,
            description = "A saved connection (see 'roster connections list'); a new home has 'sandbox'.")
    String name;
}
