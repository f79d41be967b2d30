package io.foyer.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class EmbeddedPostgresMemoryTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theServerRunsWithTheConfiguredMemoryAndWal() {
        assertThat(jdbc.sql("show shared_buffers").query(String.class).single()).isEqualTo("128MB");
        assertThat(jdbc.sql("show max_wal_size").query(String.class).single()).isEqualTo("4GB");
        assertThat(jdbc.sql("show wal_buffers").query(String.class).single()).isEqualTo("32MB");
    }

    @Test
    void onlyPlainSizesReachTheServersCommandLine() {
        assertThat(new EmbeddedPostgresServer.Memory("512MB", "16GB", "64MB").maxWalSize())
                .isEqualTo("16GB");
        for (String bad : new String[] {"4 GB", "4gb", "0MB", "4GB -c fsync=off", "4GB' ; x", "", "GB"}) {
            assertThatThrownBy(() -> new EmbeddedPostgresServer.Memory(bad, "4GB", "32MB"))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Not a PostgreSQL size");
            assertThatThrownBy(() -> new EmbeddedPostgresServer.Memory("128MB", bad, "32MB"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new EmbeddedPostgresServer.Memory("128MB", "4GB", bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
