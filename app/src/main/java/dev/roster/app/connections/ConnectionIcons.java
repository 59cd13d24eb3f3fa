package dev.roster.app.connections;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** One icon per connector type, for the sidebar and the editor's type picker (Feather, as the rest of the console). */
public final class ConnectionIcons {
    private ConnectionIcons() {
    }

    public static Ikon icon(String type) {
        return switch (type) {
            case "sandbox" -> Feather.BOX;
            case "ldap" -> Feather.DATABASE;
            case "okta" -> Feather.SHIELD;
            case "entra" -> Feather.GRID;
            case "google" -> Feather.GLOBE;
            case "scim" -> Feather.SHARE_2;
            case "truto" -> Feather.LAYERS;
            default -> Feather.SERVER;
        };
    }
}
