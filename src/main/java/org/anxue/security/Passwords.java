package org.anxue.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.HexFormat;

/** bcrypt hashing of passwords (cost 10, a fresh salt each time). */
@ApplicationScoped
public class Passwords {

    /** Shortest password accepted when one is set. */
    public static final int MIN_LENGTH = 8;

    /** A hash of nothing anyone knows: checked against when there is no real hash, so that time does not tell. */
    private static final class Decoy {
        static final String HASH;

        static {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            HASH = BcryptUtil.bcryptHash(HexFormat.of().formatHex(random));
        }
    }

    /** The bcrypt hash of a new password; refuses passwords shorter than {@link #MIN_LENGTH}. */
    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
        }
        return BcryptUtil.bcryptHash(password);
    }

    public boolean matches(String password, String hash) {
        if (hash == null) {
            burn(password);
            return false;
        }
        return BcryptUtil.matches(password, hash);
    }

    /** Spends the time of one check, for logins with no account behind them. */
    public void burn(String password) {
        BcryptUtil.matches(password, Decoy.HASH);
    }
}
