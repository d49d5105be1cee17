package com.kugelpos.contracts.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VersionSourcesTest {

    private static final Function<List<String>, Optional<String>> DETACHED =
            args -> args.contains("HEAD") ? Optional.of("abc123") : Optional.of("");

    @Test
    void shouldPreferThePropertyOverTheEnvironment() {
        VersionSources sources = new VersionSources(Map.of("pact.consumer.master-data.version", "from-property"),
                Map.of("PACT_CONSUMER_MASTER_DATA_VERSION", "from-env", "PACT_CONSUMER_MASTER_DATA_BRANCH", "main"),
                new GitInfo(DETACHED, Map.of()));

        assertThat(sources.version("master-data")).hasValue("from-property");
        assertThat(sources.branch("master-data")).hasValue("main");
    }

    @Test
    void shouldNotFallBackToGitForAConsumerThatDoesNotLiveHere() {
        VersionSources sources = new VersionSources(Map.of(), Map.of(), new GitInfo(args -> Optional.of("abc123"), Map.of()));

        assertThat(sources.version("cart")).isEmpty();
        assertThat(sources.branch("cart")).isEmpty();
    }

    @Test
    void shouldTakeGitCommitAndCiBranchForAnInRepoConsumerOnADetachedHead() {
        VersionSources sources = new VersionSources(Map.of(), Map.of(VersionSources.IN_REPO_VARIABLE, "terminal, cart"),
                new GitInfo(DETACHED, Map.of("GITHUB_REF_NAME", "main", "CI_COMMIT_REF_NAME", "other")));

        assertThat(sources.version("cart")).hasValue("abc123");
        assertThat(sources.branch("cart")).hasValue("main");
    }

    @Test
    void shouldHaveNoBranchOnADetachedHeadWithoutCiVariables() {
        GitInfo git = new GitInfo(DETACHED, Map.of());

        assertThat(git.branch()).isEmpty();
    }

    @Test
    void shouldUseTheCheckedOutBranchBeforeCiVariables() {
        GitInfo git = new GitInfo(args -> Optional.of("feature/y"), Map.of("GITHUB_HEAD_REF", "pr-branch"));

        assertThat(git.branch()).hasValue("feature/y");
    }
}
