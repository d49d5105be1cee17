package com.kugelpos.http.internal.compression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BrotliDecodingTest {

    private static final byte[] JSON = "{\"success\":true,\"data\":{\"itemCode\":\"4901234567890\"}}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldLoadTheNativeLibraryOnThisPlatform() {
        assertThat(BrotliCodec.isAvailable())
                .as("brotli4j's native library for this platform must be on the class path")
                .isTrue();
    }

    @Test
    void shouldDecodeABrotliBodyWhenTheEncodingIsBr() {
        assertThat(ContentDecoding.decode("br", brotli(JSON))).isEqualTo(JSON);
    }

    @Test
    void shouldUndoStackedCodingsInReverseOrderWhenBrotliFollowsGzip() {
        byte[] twice = brotli(gzip(JSON));

        assertThat(ContentDecoding.decode("gzip, BR", twice)).isEqualTo(JSON);
    }

    @Test
    void shouldFailNamingBrotliWhenTheStreamIsTruncated() {
        byte[] whole = brotli(new byte[100_000]);
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> ContentDecoding.decode("br", truncated))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageStartingWith("Could not decode the br response body of " + truncated.length + " bytes");
    }

    @Test
    void shouldRefuseABrotliBombBeyondTheLimit() {
        byte[] bomb = brotli(new byte[1024 * 1024]);

        assertThatThrownBy(() -> ContentDecoding.decode("br", bomb, 64 * 1024))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("decodes to more than the limit of " + 64 * 1024 + " bytes");
    }

    static byte[] brotli(byte[] plain) {
        Brotli4jLoader.ensureAvailability(); // the encoder needs the native library loaded first
        try {
            return Encoder.compress(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
