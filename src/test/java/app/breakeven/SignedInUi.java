package app.breakeven;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Karibu's browserless Vaadin on the real app, signed in as the test's Spring Security user
 * ({@code @WithUserDetails}): the request carries the user as its principal and roles, as
 * Spring Security's filter would, so Vaadin's view access control applies as in production.
 */
public final class SignedInUi {

    public static final Routes ROUTES = new Routes().autoDiscoverViews("app.breakeven");

    private SignedInUi() {}

    public static void setup(ApplicationContext context) {
        var securityContext = SecurityContextHolder.getContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        var auth = securityContext.getAuthentication();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        if (auth != null && auth.isAuthenticated()) {
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            VaadinSession.getCurrent()
                    .getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        }
    }

    /** Signs in as another account for the rest of the test (the test's own sign-in is replaced) and opens a UI. */
    public static void setupAs(ApplicationContext context, String username) {
        var user = context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername(username);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
        setup(context);
    }

    public static void tearDown() {
        MockVaadin.tearDown();
    }

    /** The component with this id under the root, visible or not (Karibu's lookups see only visible ones). */
    @SuppressWarnings("unchecked")
    public static <T extends com.vaadin.flow.component.Component> T byId(
            com.vaadin.flow.component.Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return (T) root;
        }
        return root.getChildren()
                .map(child -> (T) byIdOrNull(child, id))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No component with id " + id));
    }

    private static com.vaadin.flow.component.Component byIdOrNull(com.vaadin.flow.component.Component root, String id) {
        try {
            return byId(root, id);
        } catch (AssertionError e) {
            return null;
        }
    }
}
