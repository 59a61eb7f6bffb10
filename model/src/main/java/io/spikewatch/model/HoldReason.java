package io.spikewatch.model;

/**
 * Why {@link AlertGate} held back a record that scored at or above its threshold, written on the
 * held record ({@link BucketSummary#heldBack}) so an analyst can audit every hold: which account
 * the gate took for a deployment, where, and on what grounds.
 *
 * <p>Only the holds an analyst cannot see otherwise are recorded per host: a fleet rise has its
 * own fleet record, a maintenance window and the per-bucket cap are the operator's choice.
 */
public enum HoldReason {
    /** The account came back to min-hosts hosts, each on min-days days, with high scores: routine. */
    DEPLOYMENT_ACCOUNT(true, "deployment_account",
            "an account that keeps coming back to several hosts with bursts, on several days each"),
    /**
     * The account had high scores on min-hosts hosts over min-days days and bursts where it writes
     * regularly, or on a host that receives next to nothing: a deployment account's first rounds.
     */
    DEPLOYMENT_FIRST_ROUNDS(true, "deployment_first_rounds", "an account with bursts on several hosts over several days"),
    /**
     * The account had high scores on 3+ hosts over min-days days, and this host, idle but for bursts,
     * receives bursts of this size from anyone: a deployment round.
     */
    DEPLOYMENT_ROUND(true, "deployment_round",
            "an account with bursts on three or more hosts over several days, on a host that receives bursts of"
                    + " this size anyway"),
    /**
     * The account pushed the same files, outside staging locations, to three or more other hosts
     * earlier that day: a rollout in waves (a patch day office by office).
     */
    DEPLOYMENT_ROLLOUT(true, "deployment_rollout",
            "the same files from the same account, outside staging locations, on three or more other hosts earlier"
                    + " today: a rollout"),
    /**
     * Within the installation of a host reinstalled under the same name (its {@code host.id}
     * changed): the software pushed onto a fresh image.
     */
    REINSTALLATION(false, "reinstallation", "the installation of a reinstalled host"),
    /** Within the learning period after the first bucket the job ever saw. */
    LEARNING_PERIOD(false, "learning_period", "the job's learning period: no baseline anywhere yet");

    private final boolean deployment;
    private final String code;
    private final String description;

    HoldReason(boolean deployment, String code, String description) {
        this.deployment = deployment;
        this.code = code;
        this.description = description;
    }

    /** Whether this is one of the deployment rules (counted together as {@code alerts_held_back_deployer}). */
    public boolean isDeployment() {
        return deployment;
    }

    /** The value written to alert documents ({@code spikewatch.explanation.held_back}). */
    public String code() {
        return code;
    }

    /**
     * Why, as a phrase for the alert's reason sentence ("held back, not alerted: ..."), with the
     * ground that held {@code s} where the rule has two.
     */
    public String describe(BucketSummary s) {
        if (this != DEPLOYMENT_FIRST_ROUNDS || s == null) {
            return description;
        }
        return description + (s.idleHost ? ", on a host that receives next to nothing" : ", where it writes regularly");
    }
}
