package app.breakeven;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's global holder at the strategy of the test's own application
 * context before each test signs in. Each context installs its own strategy globally as it
 * starts (Vaadin's, with a thread-local of its own), so after a test with a context of its
 * own (an outage, a large catalogue) the shared context's method security would read a
 * different thread-local than the one tests set, and every signed-in call would be refused.
 * Runs before Spring Security's {@code @WithUserDetails} listener (order 10,000).
 */
public class SecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        adopt(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        adopt(testContext);
    }

    private static void adopt(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
