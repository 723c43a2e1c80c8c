package org.anxue.security.activation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** One-time activation codes: {@code anxue.activation.*}. */
@ConfigMapping(prefix = "anxue.activation")
public interface ActivationConfig {

    /** How long a new activation code works (ANXUE_ACTIVATION_CODE_VALIDITY, e.g. 30d or 72h). */
    @WithDefault("30d")
    Duration codeValidity();

    /**
     * The activation page's public address as printed on code sheets (ANXUE_ACTIVATION_URL, e.g.
     * https://anxue.example.gov.cn/activate); without it, the address the admin's browser used.
     */
    Optional<String> url();
}
