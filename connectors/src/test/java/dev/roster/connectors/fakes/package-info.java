/**
 * Stateful WireMock fakes of the hosted directories, in each provider's real wire format: a create shows up
 * in the next list, membership changes are visible. The contract suite, the CLI and console tests and a
 * person trying Roster without a real tenant (each fake has a {@code main}) all use them.
 */
package dev.roster.connectors.fakes;
