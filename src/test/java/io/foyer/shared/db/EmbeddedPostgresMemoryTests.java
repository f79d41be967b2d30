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
        // a quarter of this machine's memory, between 128 MB and 1 GB
        long expected =
                Long.parseLong(EmbeddedDatabaseConfiguration.autoSharedBuffers().replace("MB", ""));
        assertThat(jdbc.sql("select setting::bigint * 8 / 1024 from pg_settings where name = 'shared_buffers'")
                        .query(Long.class)
                        .single())
                .isEqualTo(expected);
        assertThat(jdbc.sql("show max_wal_size").query(String.class).single()).isEqualTo("4GB");
        assertThat(jdbc.sql("show wal_buffers").query(String.class).single()).isEqualTo("32MB");
    }

    @Test
    void sharedBuffersAreAQuarterOfTheMemoryBetween128MBAnd1GB() {
        long gb = 1024L * 1024 * 1024;
        assertThat(EmbeddedPostgresServer.Memory.sharedBuffersFor(24 * gb)).isEqualTo("1024MB");
        assertThat(EmbeddedPostgresServer.Memory.sharedBuffersFor(2 * gb)).isEqualTo("512MB");
        assertThat(EmbeddedPostgresServer.Memory.sharedBuffersFor(gb)).isEqualTo("256MB");
        assertThat(EmbeddedPostgresServer.Memory.sharedBuffersFor(gb / 4)).isEqualTo("128MB");
        assertThat(EmbeddedPostgresServer.Memory.sharedBuffersFor(0)).isEqualTo("128MB");
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
