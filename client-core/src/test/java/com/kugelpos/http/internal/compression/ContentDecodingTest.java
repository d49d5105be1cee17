package com.kugelpos.http.internal.compression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentDecodingTest {

    private static final byte[] JSON =
            "{\"success\":true,\"code\":200,\"data\":{\"itemCode\":\"4901234567890\"}}".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "identity", "IDENTITY", "identity, identity"})
    void shouldReturnBodyAsIsWhenEncodingIsIdentity(String header) {
        assertThat(ContentDecoding.decode(header, JSON)).isSameAs(JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "GZip", "x-gzip", " gzip ", "gzip, identity", "identity,gzip"})
    void shouldDecompressWhenBodyIsGzipped(String header) {
        assertThat(ContentDecoding.decode(header, gzip(JSON))).isEqualTo(JSON);
    }

    @Test
    void shouldUndoEveryLayerWhenGzipIsStacked() {
        assertThat(ContentDecoding.decode("gzip, x-gzip", gzip(gzip(JSON)))).isEqualTo(JSON);
    }

    @Test
    void shouldReturnEmptyBodyWhenThereIsNothingToDecode() {
        byte[] empty = new byte[0];

        assertThat(ContentDecoding.decode("gzip", empty)).isSameAs(empty);
    }

    @Test
    void shouldFailNamingEncodingAndSizeWhenGzipIsTruncated() {
        byte[] compressed = gzip(JSON);
        byte[] truncated = Arrays.copyOf(compressed, compressed.length - 10);

        assertThatThrownBy(() -> ContentDecoding.decode("gzip", truncated))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageStartingWith("Could not decode the gzip response body of " + truncated.length
                        + " bytes: truncated or corrupt stream")
                .hasMessageNotContaining("itemCode")
                .extracting(e -> ((ResponseDecodingException) e).encoding()).isEqualTo("gzip");
    }

    @Test
    void shouldFailWhenGzipStreamIsCorrupt() {
        byte[] corrupt = gzip(JSON);
        for (int i = 10; i < corrupt.length - 8; i++) {
            corrupt[i] = (byte) ~corrupt[i];
        }

        assertThatThrownBy(() -> ContentDecoding.decode("gzip", corrupt))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("truncated or corrupt");
    }

    @Test
    void shouldFailWhenBodyIsNotGzipAtAll() {
        assertThatThrownBy(() -> ContentDecoding.decode("x-gzip", JSON))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageStartingWith("Could not decode the x-gzip response body of " + JSON.length + " bytes")
                .hasMessageNotContaining("itemCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zstd", "gzip, zstd", "deflate", "compress"})
    void shouldFailNamingEncodingWhenItIsUnsupported(String header) {
        String unsupported = header.contains("zstd") ? "zstd" : header;

        assertThatThrownBy(() -> ContentDecoding.decode(header, gzip(JSON)))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageStartingWith("Unsupported Content-Encoding '" + unsupported + "'")
                .hasMessageContaining("accepts only: identity, gzip, x-gzip")
                .extracting(e -> ((ResponseDecodingException) e).encoding()).isEqualTo(unsupported);
    }

    @Test
    void shouldRefuseBodyWhenItDecodesBeyondTheLimit() {
        byte[] bomb = gzip(new byte[1024 * 1024]);

        assertThatThrownBy(() -> ContentDecoding.decode("gzip", bomb, 64 * 1024))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessage("The gzip response body of " + bomb.length + " bytes decodes to more than the limit of "
                        + 64 * 1024 + " bytes; refusing it as a possible decompression bomb");
        assertThat(bomb.length).isLessThan(2048);
    }

    @Test
    void shouldAcceptBodyWhenItDecodesToExactlyTheLimit() {
        byte[] plain = new byte[64 * 1024];

        assertThat(ContentDecoding.decode("gzip", gzip(plain), plain.length)).isEqualTo(plain);
    }

    @Test
    void shouldRejectLimitWhenItIsNotPositive() {
        assertThatThrownBy(() -> ContentDecoding.decode("gzip", JSON, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDecodedBytes must be positive, was 0");
    }

    @Test
    void shouldAdvertiseGzipAndBrotliWhenAskedForAcceptEncoding() {
        assertThat(ContentDecoding.acceptEncoding())
                .as("brotli4j's native library must load on this platform (linux-x86_64 ships in the build)")
                .isEqualTo("gzip, br");
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
