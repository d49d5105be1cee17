package com.kugelpos.http.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlEncodingTest {

    @Test
    void shouldKeepUnreservedTextAsItIs() {
        String plain = "T1-S1_4901234567890.json*";

        assertThat(UrlEncoding.encode(plain)).isSameAs(plain);
    }

    @Test
    void shouldPercentEncodeEverythingElseInUtf8WithASpaceAsPercent20() {
        assertThat(UrlEncoding.encode("a b+c/d?e&f=g~ä")).isEqualTo("a%20b%2Bc%2Fd%3Fe%26f%3Dg%7E%C3%A4");
        assertThat(UrlEncoding.encode("")).isEmpty();
    }

    @Test
    void shouldCountTheEncodedLengthWithoutEncoding() {
        for (String value : List.of("", "T1-S1_4901234567890.json*", "a b+c/d?e&f=g~", "ä", "€ 5", "日本茶",
                "😀x", "a\uD800b", "\uDC00", "tail\uD83D")) {
            assertThat(UrlEncoding.encodedLength(value)).as(value).isEqualTo(UrlEncoding.encode(value).length());
        }
    }

    @Test
    void shouldCountTheQueryLengthAsAppended() {
        List<Map.Entry<String, String>> parameters = List.of(Map.entry("terminal_id", "T1-S1-1"), Map.entry("q", "緑 茶"));

        assertThat(UrlEncoding.queryLength(parameters)).isEqualTo(query(parameters).length());
        assertThat(UrlEncoding.queryLength(List.of())).isZero();
    }

    @Test
    void shouldJoinTheQueryInOrder() {
        assertThat(query(List.of(Map.entry("terminal_id", "T1-S1-1"), Map.entry("q", "a b"))))
                .isEqualTo("?terminal_id=T1-S1-1&q=a%20b");
        assertThat(query(List.of())).isEmpty();
    }

    private static String query(List<Map.Entry<String, String>> parameters) {
        return UrlEncoding.appendQuery(new StringBuilder(), parameters).toString();
    }
}
