package org.anxue.oversight;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Bureau oversight: spot exams and plan targets, {@code anxue.oversight.*}. */
@ConfigMapping(prefix = "anxue.oversight")
public interface OversightConfig {

    /** Time limit a new spot exam proposes, in minutes (an officer may choose 1 to 180). */
    @WithDefault("15")
    int defaultTimeLimitMinutes();

    /** Questions per person a new spot exam proposes (an officer may choose 1 to 100). */
    @WithDefault("10")
    int defaultQuestionCount();

    /** Score (0–100) a person needs to pass a spot exam. */
    @WithDefault("80")
    int passMark();

    /** How long after it was started a spot exam's codes can still be used to begin answering. */
    @WithDefault("12H")
    Duration codeValidity();

    /** Wrong codes (or wrong name / ID digits) one client address may enter per window before it must wait. */
    @WithDefault("10")
    int codeAttempts();

    /** The window of {@link #codeAttempts()}. */
    @WithDefault("10M")
    Duration codeWindow();

    /** The address printed under the QR code and encoded in it (empty: the address the officer's browser used). */
    java.util.Optional<String> answerUrl();

    /**
     * Subtrees with more open employments than this get their compliance dashboard and on-demand reports computed in
     * the background, with progress (a city: tens of seconds); smaller ones are computed within the request.
     */
    @WithDefault("50000")
    int backgroundAbove();

    /** A large subtree's dashboard snapshot older than this is recomputed in the background (the older one stays on show). */
    @WithDefault("1H")
    Duration dashboardMaxAge();

    /** The plan's defaults (seeded for city bureaus that have no targets for the current year). */
    PlanDefaults planDefaults();

    /** Defaults from the 2020 plan (the seed): people trained per year, 人次. */
    interface PlanDefaults {
        /** 三项岗位人员 (principals, safety managers, special-operation workers of high-risk industries). */
        @WithDefault("20000")
        int keyPositions();

        /** 高危行业企业安全技能提升. */
        @WithDefault("32000")
        int highRiskUpgrading();

        /** 危险性较大企业主要负责人和安全管理人员. */
        @WithDefault("10000")
        int majorHazardManagers();

        /** 生产加工型小微企业. */
        @WithDefault("100000")
        int smallMicroManufacturing();
    }
}
