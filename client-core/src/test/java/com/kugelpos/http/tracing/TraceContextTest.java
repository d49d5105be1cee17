package com.kugelpos.http.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;

class TraceContextTest {

    private static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void shouldReadTheIdsAndFlagsWhenTheHeaderIsValid() {
        TraceContext context = TraceContext.parse(VALID).orElseThrow();

        assertThat(context.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(context.spanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(context.sampled()).isTrue();
        assertThat(context.traceparent()).isEqualTo(VALID);
    }

    @Test
    void shouldAcceptExtraFieldsWhenTheVersionIsLater() {
        assertThat(TraceContext.parse("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00-extra"))
                .hasValueSatisfying(context -> assertThat(context.sampled()).isFalse());
    }

    @Test
    void shouldWriteALaterVersionAsVersionZeroAndEqualAnotherParseOfTheSameIds() {
        TraceContext later = TraceContext.parse("01-ffffffffffffffff0000000000000001-8000000000000000-00-extra")
                .orElseThrow();

        assertThat(later.traceparent()).isEqualTo("00-ffffffffffffffff0000000000000001-8000000000000000-00");
        assertThat(later).isEqualTo(TraceContext.parse(later.traceparent()).orElseThrow())
                .hasSameHashCodeAs(TraceContext.parse(later.traceparent()).orElseThrow())
                .isNotEqualTo(TraceContext.parse(VALID).orElseThrow());
        assertThat(later.traceId()).isEqualTo("ffffffffffffffff0000000000000001");
        assertThat(later.spanId()).isEqualTo("8000000000000000");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        "", "garbage",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
        "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01"})
    void shouldRejectTheHeaderWhenItIsInvalid(String header) {
        assertThat(TraceContext.parse(header)).isEmpty();
    }

    @Test
    void shouldGenerateASampledTraceFromTheRandomSource() {
        AtomicLong next = new AtomicLong(1);

        TraceContext context = TraceContext.generate(next::getAndIncrement);

        assertThat(context.traceparent()).isEqualTo("00-00000000000000010000000000000002-0000000000000003-01");
    }

    @Test
    void shouldWriteNegativeAndZeroRandomValuesAsSixteenHexDigitsNeverAllZero() {
        TraceContext context = TraceContext.generate(new java.util.ArrayDeque<>(java.util.List.of(-1L, 0L, 0x0123456789abcdefL))::pop);

        assertThat(context.traceparent()).isEqualTo("00-ffffffffffffffff0000000000000001-0123456789abcdef-01");
    }

    @Test
    void shouldKeepTheTraceIdAndFlagsWhenANewSpanStarts() {
        TraceContext parent = TraceContext.parse(VALID).orElseThrow();

        TraceContext child = parent.newSpan(() -> 0xabcL);

        assertThat(child.traceparent()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000abc-01");
    }

    @Test
    void shouldBeCurrentAndInTheMdcOnlyWithinItsScope() {
        TraceContext outer = TraceContext.parse(VALID).orElseThrow();
        TraceContext inner = outer.newSpan();

        try (TraceScope a = outer.makeCurrent()) {
            try (TraceScope b = inner.makeCurrent()) {
                assertThat(TraceContext.current()).contains(inner);
                assertThat(MDC.get(TraceContext.SPAN_ID_KEY)).isEqualTo(inner.spanId());
            }
            assertThat(TraceContext.current()).contains(outer);
            assertThat(MDC.get(TraceContext.TRACE_ID_KEY)).isEqualTo(outer.traceId());
            assertThat(MDC.get(TraceContext.SPAN_ID_KEY)).isEqualTo(outer.spanId());
        }

        assertThat(TraceContext.current()).isEmpty();
        assertThat(MDC.get(TraceContext.TRACE_ID_KEY)).isNull();
    }
}
