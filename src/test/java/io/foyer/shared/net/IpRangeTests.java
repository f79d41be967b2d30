package io.foyer.shared.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTests {

    @ParameterizedTest
    @CsvSource({
        "203.0.113.7, 203.0.113.7/32",
        "0.0.0.0/0, 0.0.0.0/0",
        "10.0.0.0/8, 10.0.0.0/8",
        "198.51.100.0/24, 198.51.100.0/24",
        "255.255.255.255/32, 255.255.255.255/32",
        "192.168.1.128/25, 192.168.1.128/25",
        "::1, ::1/128",
        "::, ::/128",
        "::/0, ::/0",
        "2001:db8::/32, 2001:db8::/32",
        "2001:DB8:0:0:0:0:0:0/32, 2001:db8::/32",
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1/128",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1/128",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1/128",
        "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0/128",
        "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8/128",
        "fe80::/10, fe80::/10",
        "64:ff9b::192.0.2.33, 64:ff9b::c000:221/128",
        "::ffff:192.0.2.1, 192.0.2.1/32",
        "::ffff:c000:0201, 192.0.2.1/32",
        "::ffff:10.0.0.0/104, 10.0.0.0/8",
        "::ffff:0:0/96, 0.0.0.0/0",
    })
    void readsAndNormalisesRanges(String text, String normal) {
        assertThat(IpRange.parse(text)).hasToString(normal);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " 10.0.0.1",
                "10.0.0.1 ",
                "10.0.0",
                "10.0.0.1.2",
                "10.0.0.256",
                "10.0.0.-1",
                "010.0.0.1",
                "10.00.0.1",
                "1e1.0.0.1",
                "0x0a.0.0.1",
                "10.0.0.1.",
                ".10.0.0.1",
                "10..0.1",
                "localhost",
                "example.com",
                "10.0.0.١",
                "１0.0.0.1",
                "2001:db8::g",
                "2001:db8:::1",
                "2001::db8::1",
                "1:2:3:4:5:6:7:8:9",
                "1:2:3:4:5:6:7",
                "1:2:3:4:5:6:7:8::",
                "::1:2:3:4:5:6:7:8",
                ":1:2:3:4:5:6:7",
                "1:2:3:4:5:6:7:",
                "12345::1",
                "[::1]",
                "fe80::1%eth0",
                "::ffff:1.2.3",
                "::ffff:1.2.3.4.5",
                "1:2:3:4:5:6:7:1.2.3.4",
                "1.2.3.4::",
                "::1.2.3.04",
                "10.0.0.1,10.0.0.2",
                "10.0.0.1 10.0.0.2",
            })
    void refusesWhatIsNoAddress(String text) {
        assertThatThrownBy(() -> IpRange.parse(text))
                .isInstanceOfSatisfying(
                        IpRange.Invalid.class, e -> assertThat(e.problem()).isEqualTo(IpRange.Problem.MALFORMED));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.0.0.0/33",
                "10.0.0.0/",
                "10.0.0.0/-1",
                "10.0.0.0/08",
                "10.0.0.0/8/8",
                "10.0.0.0/ 8",
                "10.0.0.0/abc",
                "10.0.0.0/1000",
                "10.0.0.0/99999999999999999999",
                "2001:db8::/129",
                "::/000",
            })
    void refusesBadPrefixes(String text) {
        assertThatThrownBy(() -> IpRange.parse(text))
                .isInstanceOfSatisfying(
                        IpRange.Invalid.class, e -> assertThat(e.problem()).isEqualTo(IpRange.Problem.PREFIX));
    }

    @Test
    void refusesHostBitsAndOffersBothReadings() {
        assertThatThrownBy(() -> IpRange.parse("192.168.1.17/24")).isInstanceOfSatisfying(IpRange.Invalid.class, e -> {
            assertThat(e.problem()).isEqualTo(IpRange.Problem.HOST_BITS);
            assertThat(e.network()).isEqualTo("192.168.1.0/24");
            assertThat(e.single()).isEqualTo("192.168.1.17/32");
        });
        assertThatThrownBy(() -> IpRange.parse("2001:db8::1/32")).isInstanceOfSatisfying(IpRange.Invalid.class, e -> {
            assertThat(e.network()).isEqualTo("2001:db8::/32");
            assertThat(e.single()).isEqualTo("2001:db8::1/128");
        });
        assertThatThrownBy(() -> IpRange.parse("10.0.0.1/0"))
                .isInstanceOfSatisfying(
                        IpRange.Invalid.class, e -> assertThat(e.network()).isEqualTo("0.0.0.0/0"));
        // A mapped address with a prefix short of the mapping has the ffff bits after the prefix.
        assertThatThrownBy(() -> IpRange.parse("::ffff:10.0.0.0/80"))
                .isInstanceOfSatisfying(
                        IpRange.Invalid.class, e -> assertThat(e.problem()).isEqualTo(IpRange.Problem.HOST_BITS));
    }

    @Test
    void containsAddressesOfItsOwnFamilyOnly() {
        IpRange ten = IpRange.parse("10.0.0.0/8");
        assertThat(ten.contains(address("10.255.1.2"))).isTrue();
        assertThat(ten.contains(address("11.0.0.0"))).isFalse();
        assertThat(ten.contains(address("::ffff:10.1.2.3"))).isTrue();
        assertThat(ten.contains(address("::a01:203"))).isFalse();
        assertThat(ten.contains(null)).isFalse();

        IpRange odd = IpRange.parse("192.168.1.128/25");
        assertThat(odd.contains(address("192.168.1.128"))).isTrue();
        assertThat(odd.contains(address("192.168.1.255"))).isTrue();
        assertThat(odd.contains(address("192.168.1.127"))).isFalse();

        IpRange host = IpRange.parse("127.0.0.1");
        assertThat(host.contains(address("127.0.0.1"))).isTrue();
        assertThat(host.contains(address("127.0.0.2"))).isFalse();

        IpRange doc = IpRange.parse("2001:db8::/32");
        assertThat(doc.contains(address("2001:db8:ffff::1"))).isTrue();
        assertThat(doc.contains(address("2001:db9::1"))).isFalse();
        assertThat(doc.contains(address("::1"))).isFalse();
        assertThat(doc.contains(address("10.0.0.1"))).isFalse();

        IpRange loopback = IpRange.parse("::1/128");
        assertThat(loopback.contains(address("::1"))).isTrue();
        assertThat(loopback.contains(address("0:0:0:0:0:0:0:1"))).isTrue();
        assertThat(loopback.contains(address("127.0.0.1"))).isFalse();

        assertThat(IpRange.parse("0.0.0.0/0").contains(address("203.0.113.9"))).isTrue();
        assertThat(IpRange.parse("::/0").contains(address("203.0.113.9"))).isFalse();
        assertThat(IpRange.parse("fe80::/10").contains(address("febf::1"))).isTrue();
        assertThat(IpRange.parse("fe80::/10").contains(address("fec0::1"))).isFalse();
    }

    @Test
    void readsClientAddressesAsContainersReportThem() {
        assertThat(IpAddress.ofRemoteAddress("0:0:0:0:0:0:0:1"))
                .map(Object::toString)
                .hasValue("::1");
        assertThat(IpAddress.ofRemoteAddress("fe80:0:0:0:0:0:0:1%eth0"))
                .map(Object::toString)
                .hasValue("fe80::1");
        assertThat(IpAddress.ofRemoteAddress("[::1]")).map(Object::toString).hasValue("::1");
        assertThat(IpAddress.ofRemoteAddress("::ffff:127.0.0.1"))
                .map(Object::toString)
                .hasValue("127.0.0.1");
        assertThat(IpAddress.ofRemoteAddress("127.0.0.1")).map(Object::toString).hasValue("127.0.0.1");
        assertThat(IpAddress.ofRemoteAddress("10.0.0.1%eth0")).isEmpty();
        assertThat(IpAddress.ofRemoteAddress("unknown")).isEmpty();
        assertThat(IpAddress.ofRemoteAddress(null)).isEmpty();
    }

    @Test
    void writesIpv6TheWayRfc5952Says() {
        assertThat(address("2001:db8:0:0:1:0:0:1")).hasToString("2001:db8::1:0:0:1");
        assertThat(address("2001:0:0:1:0:0:0:1")).hasToString("2001:0:0:1::1");
        assertThat(address("0:0:0:0:0:0:0:0")).hasToString("::");
        assertThat(address("1:0:0:0:0:0:0:0")).hasToString("1::");
        assertThat(address("ABCD:EF01:2345:6789:ABCD:EF01:2345:6789"))
                .hasToString("abcd:ef01:2345:6789:abcd:ef01:2345:6789");
        assertThat(address("::1")).isEqualTo(address("0:0:0:0:0:0:0:1"));
    }

    private static IpAddress address(String text) {
        return IpAddress.parse(text).orElseThrow(() -> new AssertionError(text));
    }
}
