package app.breakeven;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real PostgreSQL (embedded, started empty in a temporary
 * directory) with Flyway applied. One context is shared by every test that uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {"breakeven.database.ephemeral=true", "server.port=0"},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface PostgresTest {}
