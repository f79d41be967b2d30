package io.foyer.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL under {@code foyer.data-dir}. Setting
 * {@code SPRING_DATASOURCE_URL} (with user and password) switches to an external PostgreSQL and
 * this configuration does not start a server at all.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(
            @Value("${foyer.data-dir}") Path dataDir,
            @Value("${foyer.embedded-db.ephemeral:false}") boolean ephemeral,
            @Value("${foyer.embedded-db.shared-buffers:auto}") String sharedBuffers,
            @Value("${foyer.embedded-db.max-wal-size:4GB}") String maxWalSize,
            @Value("${foyer.embedded-db.wal-buffers:32MB}") String walBuffers) {
        return EmbeddedPostgresServer.start(
                dataDir.resolve("postgres"),
                ephemeral,
                new EmbeddedPostgresServer.Memory(
                        "auto".equals(sharedBuffers) ? autoSharedBuffers() : sharedBuffers, maxWalSize, walBuffers));
    }

    /** {@link EmbeddedPostgresServer.Memory#sharedBuffersFor} this machine's memory, as the JVM sees it. */
    static String autoSharedBuffers() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long total = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : 0;
        return EmbeddedPostgresServer.Memory.sharedBuffersFor(total);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server, @Value("${foyer.embedded-db.pool-size:20}") int poolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.USER);
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("foyer");
        return dataSource;
    }
}
