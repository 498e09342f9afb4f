package nl.groeipad.platform.entity;

import java.util.UUID;

/** Application-generated identities: random UUIDs, so rows can be created on any cluster node. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
