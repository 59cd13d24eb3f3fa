package dev.roster.connectors.model;

/** A phone number of a user; {@code type} is {@code phone} or {@code mobile}. */
public record Phone(String number, String type, String extension) {
}
