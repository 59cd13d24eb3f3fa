package dev.roster.connectors;

import java.util.List;

/**
 * One setting a connector needs to connect (base URL, bind DN, token ...). A {@code secret} setting is
 * never stored in plain files: it comes from the keychain, an environment variable or a prompt.
 * {@code choices} is empty for free text.
 */
public record SettingSpec(String key, String label, boolean required, boolean secret, String defaultValue,
                          List<String> choices, String help) {

    public SettingSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static SettingSpec text(String key, String label, boolean required, String defaultValue, String help) {
        return new SettingSpec(key, label, required, false, defaultValue, List.of(), help);
    }

    public static SettingSpec secret(String key, String label, boolean required, String help) {
        return new SettingSpec(key, label, required, true, null, List.of(), help);
    }

    public static SettingSpec choice(String key, String label, String defaultValue, List<String> choices, String help) {
        return new SettingSpec(key, label, true, false, defaultValue, choices, help);
    }
}
