package io.foyer.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.foyer.shared.net.IpAddress;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AllowedIpRangesTests {

    @Test
    void readsLinesSkippingBlanksAndDuplicatesKeepingTheOrder() {
        var ranges = AllowedIpRanges.fromLines("\n 10.0.0.0/8 \r\n\t::1\r127.0.0.1\n10.0.0.0/8\n\n");
        assertThat(ranges.entries()).containsExactly("10.0.0.0/8", "::1/128", "127.0.0.1/32");
        assertThat(ranges.lines()).isEqualTo("10.0.0.0/8\n::1/128\n127.0.0.1/32");
        assertThat(AllowedIpRanges.fromLines("  \n ")).isEqualTo(AllowedIpRanges.ANYWHERE);
        assertThat(AllowedIpRanges.fromLines(null).restricted()).isFalse();
    }

    @Test
    void namesEveryWrongLineByItsNumberAsTheUserSeesIt() {
        assertThatThrownBy(() -> AllowedIpRanges.fromLines("10.0.0.0/8\n\nbad\n10.0.0.1/8"))
                .isInstanceOfSatisfying(AllowedIpRanges.Invalid.class, invalid -> {
                    assertThat(invalid.problems())
                            .extracting(AllowedIpRanges.Problem::position)
                            .containsExactly(3, 4);
                    assertThat(invalid.problems().get(0).message().getCodes()).containsExactly("ipRanges.malformed");
                    assertThat(invalid.problems().get(1).message().getArguments())
                            .containsExactly("10.0.0.1/8", "10.0.0.0/8", "10.0.0.1/32");
                });
    }

    @Test
    void namesApiEntriesByTheirIndex() {
        assertThatThrownBy(() -> AllowedIpRanges.fromEntries(Arrays.asList("10.0.0.0/8", null, "x")))
                .isInstanceOfSatisfying(AllowedIpRanges.Invalid.class, invalid -> assertThat(invalid.problems())
                        .extracting(AllowedIpRanges.Problem::position)
                        .containsExactly(1, 2));
    }

    @Test
    void capsTheListAndTheText() {
        assertThatThrownBy(() -> AllowedIpRanges.fromEntries(Collections.nCopies(101, "10.0.0.1")))
                .isInstanceOfSatisfying(AllowedIpRanges.Invalid.class, invalid -> assertThat(invalid.problems())
                        .singleElement()
                        .extracting(AllowedIpRanges.Problem::position)
                        .isEqualTo(-1));
        assertThat(AllowedIpRanges.fromEntries(Collections.nCopies(100, "10.0.0.1"))
                        .entries())
                .hasSize(1);
        assertThatThrownBy(() -> AllowedIpRanges.fromLines(" ".repeat(AllowedIpRanges.MAX_TEXT) + "x"))
                .isInstanceOf(AllowedIpRanges.Invalid.class);
    }

    @Test
    void anEmptyListAllowsEveryAddressAndAListNoUnknownOne() {
        Optional<IpAddress> local = IpAddress.parse("127.0.0.1");
        assertThat(AllowedIpRanges.ANYWHERE.allow(Optional.empty())).isTrue();
        assertThat(AllowedIpRanges.fromEntries(List.of("127.0.0.0/8")).allow(local))
                .isTrue();
        assertThat(AllowedIpRanges.fromEntries(List.of("127.0.0.0/8")).allow(Optional.empty()))
                .isFalse();
        assertThat(AllowedIpRanges.fromEntries(List.of("10.0.0.0/8", "::1")).allow(local))
                .isFalse();
        assertThat(AllowedIpRanges.fromDatabase(new String[] {"127.0.0.0/8"}).allow(local))
                .isTrue();
    }
}
