package app.breakeven.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.breakeven.PostgresTest;
import app.breakeven.security.AccountDirectory;
import app.breakeven.security.FirstAdminCreated;
import app.breakeven.security.SignIn;
import app.breakeven.security.TestAccounts;
import app.breakeven.sharing.SharingService;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Planners see and edit their own scenarios; others' only when shared with them. */
@PostgresTest
@WithUserDetails(TestAccounts.PLANNER)
class ScenarioOwnershipIT {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    SharingService sharing;

    @Autowired
    AccountDirectory directory;

    @Autowired
    SignIn signIn;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private ScenarioDetails mine;

    @BeforeEach
    void saveOne() {
        mine = scenarios.save(scenarios.draft().withName("Owned " + System.nanoTime()));
    }

    private long id(String username) {
        return directory.members().stream()
                .filter(m -> m.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void another_planner_does_not_see_it_until_it_is_shared_with_them() {
        signIn.as(TestAccounts.OTHER_PLANNER, () -> {
            assertThat(scenarios.find(mine.id())).isEmpty();
            assertThat(scenarios.list()).extracting(ScenarioSummary::id).doesNotContain(mine.id());
            assertThat(scenarios.access(mine.id())).isEqualTo(Access.NONE);
            assertThatThrownBy(() -> scenarios.save(mine.withGrowth(0.5, 24)))
                    .isInstanceOf(ScenarioNotFoundException.class);
            assertThatThrownBy(() -> scenarios.duplicate(mine.id())).isInstanceOf(ScenarioNotFoundException.class);
            assertThatThrownBy(() -> scenarios.delete(mine.id(), mine.version()))
                    .isInstanceOf(ScenarioNotFoundException.class);
        });

        scenarios.shareWith(mine.id(), Set.of(id(TestAccounts.OTHER_PLANNER)));

        signIn.as(TestAccounts.OTHER_PLANNER, () -> {
            assertThat(scenarios.list())
                    .filteredOn(s -> s.id() == mine.id())
                    .singleElement()
                    .satisfies(s -> {
                        assertThat(s.owner()).isEqualTo(TestAccounts.PLANNER);
                        assertThat(s.access()).isEqualTo(Access.EDIT);
                    });
            ScenarioDetails edited =
                    scenarios.save(scenarios.find(mine.id()).orElseThrow().withGrowth(0.5, 24));
            assertThat(edited.growth().perMonth()).isEqualTo(0.5);
            // Delete and sharing stay the owner's, even for a call no button offers them.
            assertThatThrownBy(() -> scenarios.delete(mine.id(), edited.version()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> scenarios.shareWith(mine.id(), Set.of()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sharing.create(mine.id(), 30, false)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sharing.links(mine.id())).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(scenarios.find(mine.id()).orElseThrow().growth().perMonth()).isEqualTo(0.5);
    }

    @Test
    void a_viewer_it_is_shared_with_reads_it_but_cannot_save_it() {
        assertThat(signIn.as(TestAccounts.VIEWER, () -> scenarios.find(mine.id())))
                .isEmpty();

        scenarios.shareWith(mine.id(), Set.of(id(TestAccounts.VIEWER)));

        signIn.as(TestAccounts.VIEWER, () -> {
            assertThat(scenarios.find(mine.id())).isPresent();
            assertThat(scenarios.access(mine.id())).isEqualTo(Access.READ);
            assertThatThrownBy(() -> scenarios.save(mine.withGrowth(0.9, 24)))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(scenarios.find(mine.id()).orElseThrow())
                .as("sharing leaves the version alone")
                .isEqualTo(mine);
    }

    @Test
    void unsharing_takes_it_away_again() {
        long other = id(TestAccounts.OTHER_PLANNER);
        scenarios.shareWith(mine.id(), Set.of(other));
        assertThat(scenarios.members(mine.id())).containsExactly(other);

        scenarios.shareWith(mine.id(), Set.of());

        assertThat(signIn.as(TestAccounts.OTHER_PLANNER, () -> scenarios.find(mine.id())))
                .isEmpty();
    }

    @Test
    void the_article_examples_are_read_by_everyone_and_changed_by_no_one() {
        long b = scenarios.list().stream()
                .filter(s -> s.owner() == null && s.name().equals("B, growth"))
                .findFirst()
                .orElseThrow()
                .id();
        ScenarioDetails example = scenarios.find(b).orElseThrow();

        assertThat(scenarios.access(b)).isEqualTo(Access.READ);
        assertThatThrownBy(() -> scenarios.save(example.withGrowth(0.9, 24)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> scenarios.delete(b, example.version())).isInstanceOf(AccessDeniedException.class);
        ScenarioDetails copy = scenarios.duplicate(b);
        assertThat(scenarios.access(copy.id())).isEqualTo(Access.OWN);
        assertThat(signIn.as(TestAccounts.VIEWER, () -> scenarios.find(b))).isPresent();
    }

    @Test
    void names_are_unique_per_owner_so_two_planners_may_use_the_same_one() {
        ScenarioDetails theirs = signIn.as(
                TestAccounts.OTHER_PLANNER,
                () -> scenarios.save(scenarios.draft().withName(mine.name())));

        assertThat(theirs.name()).isEqualTo(mine.name());
        assertThatThrownBy(() -> scenarios.save(scenarios.draft().withName(mine.name())))
                .isInstanceOf(InvalidInputsException.class);
    }

    @Test
    void a_copy_of_a_read_only_scenario_keeps_the_changes_on_screen() {
        long b = scenarios.list().stream()
                .filter(s -> s.owner() == null && s.name().equals("B, growth"))
                .findFirst()
                .orElseThrow()
                .id();
        ScenarioDetails tweaked = scenarios.find(b).orElseThrow().withGrowth(0.25, 36);

        ScenarioDetails copy = scenarios.duplicate(tweaked);

        assertThat(copy.growth().perMonth()).isEqualTo(0.25);
        assertThat(copy.growth().horizonMonths()).isEqualTo(36);
        assertThat(scenarios.access(copy.id())).isEqualTo(Access.OWN);
        assertThat(scenarios.find(b).orElseThrow().growth().perMonth()).isNotEqualTo(0.25);
        assertThatThrownBy(() -> signIn.as(TestAccounts.OTHER_PLANNER, () -> scenarios.duplicate(mine)))
                .as("not a way to copy what one may not see")
                .isInstanceOf(ScenarioNotFoundException.class);
    }

    @Test
    void scenarios_saved_before_accounts_existed_go_to_the_first_admin() {
        ScenarioDetails old = scenarios.save(scenarios.draft().withName("Before accounts " + System.nanoTime()));
        jdbc.update("update scenario set owner_id = null where id = ?", old.id());
        long admin = id(TestAccounts.ADMIN);

        events.publishEvent(new FirstAdminCreated(admin));

        assertThat(jdbc.queryForObject("select owner_id from scenario where id = ?", Long.class, old.id()))
                .isEqualTo(admin);
        assertThat(jdbc.queryForObject(
                        "select count(*) from scenario where owner_id is not null and example", Long.class))
                .as("the article's examples stay everyone's")
                .isZero();
    }
}
