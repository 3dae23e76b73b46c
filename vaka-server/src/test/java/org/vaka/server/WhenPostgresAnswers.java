package org.vaka.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The PostgreSQL half of a persistence test: runs when PostgreSQL answers on 127.0.0.1:5432 (always on
 * CI), and says why it was skipped otherwise. Pair it with {@link TestDatabases#freshServerOnPostgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIf(value = "org.vaka.server.TestDatabases#postgresReachable",
        disabledReason = "PostgreSQL is not reachable on 127.0.0.1:5432: this ran on H2 only")
public @interface WhenPostgresAnswers {
}
