package com.kugelpos.http.config;

/** Where the client runs; production refuses plain {@code http://} service URLs. */
public enum DeploymentEnvironment {
    /** Local and test stacks: {@code http://} is allowed. */
    DEVELOPMENT,
    /** Production: every service URL must be {@code https://}. */
    PRODUCTION
}
