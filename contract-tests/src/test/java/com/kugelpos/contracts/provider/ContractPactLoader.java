package com.kugelpos.contracts.provider;

import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSource;
import au.com.dius.pact.core.support.expressions.ValueResolver;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerLoader;
import au.com.dius.pact.provider.junitsupport.loader.PactFolderLoader;
import au.com.dius.pact.provider.junitsupport.loader.PactLoader;
import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Where the provider suites take their pacts from: the committed {@code pacts/} folder, or a Pact
 * Broker when {@code -Dpactbroker.url} is given (with {@code pactbroker.auth.token} and the other
 * {@code pactbroker.*} properties of Pact JVM), selecting pacts as {@link BrokerVerification}
 * sets up. Verification results are published only as {@link VerificationResults} allows.
 */
public final class ContractPactLoader implements PactLoader {

    /** The folder of committed pacts, relative to the module (the directory the tests run in). */
    static final String PACT_FOLDER = "../pacts";

    private final PactLoader delegate;

    /** @param testClass the provider suite (Pact JVM's loader contract) */
    public ContractPactLoader(Class<?> testClass) {
        String brokerUrl = System.getProperty("pactbroker.url", "");
        if (brokerUrl.isBlank()) {
            delegate = new PactFolderLoader(new File(PACT_FOLDER));
        } else {
            BrokerVerification.configure();
            delegate = new PactBrokerLoader(BrokerSettings.class.getAnnotation(PactBroker.class));
        }
    }

    @Override
    public List<Pact> load(String providerName) throws IOException {
        return delegate.load(providerName);
    }

    @Override
    public PactSource getPactSource() {
        return delegate.getPactSource();
    }

    @Override
    public void setValueResolver(ValueResolver valueResolver) {
        delegate.setValueResolver(valueResolver);
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public void enablePendingPacts(boolean flag) {
        delegate.enablePendingPacts(flag);
    }

    @Override
    public void initLoader(Class<?> testClass, Object testInstance) {
        delegate.initLoader(testClass, testInstance);
    }

    /** Carries Pact JVM's broker settings, all read from the {@code pactbroker.*} system properties. */
    @PactBroker
    private static final class BrokerSettings {}
}
