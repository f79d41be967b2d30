package io.foyer.subscription.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ServicePeriodsTests {

    @Test
    void aPeriodEndsTheDayBeforeTheSameDayMonthsLater() {
        assertThat(ServicePeriods.lastDay(LocalDate.of(2026, 11, 22), 1)).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(ServicePeriods.lastDay(LocalDate.of(2026, 11, 22), 12)).isEqualTo(LocalDate.of(2027, 11, 21));
        assertThat(ServicePeriods.lastDay(LocalDate.of(2026, 1, 1), 24)).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void periodsCountedFromTheFirstDayDoNotDriftAtMonthEnds() {
        LocalDate first = LocalDate.of(2027, 1, 31);
        assertThat(ServicePeriods.lastDay(first, 1)).isEqualTo(LocalDate.of(2027, 2, 27));
        assertThat(ServicePeriods.lastDay(first, 2)).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(ServicePeriods.lastDay(first, 3)).isEqualTo(LocalDate.of(2027, 4, 29));
        assertThat(ServicePeriods.lastDay(LocalDate.of(2028, 2, 29), 12)).isEqualTo(LocalDate.of(2029, 2, 27));
    }
}
