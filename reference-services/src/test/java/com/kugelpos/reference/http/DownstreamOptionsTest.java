package com.kugelpos.reference.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.kugelpos.http.CallPriority;
import com.kugelpos.http.RequestOptions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DownstreamOptionsTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static ApiRequest request(Map<String, String> headers) {
        return new ApiRequest("POST", "/api/v1/carts/C1/lineItems", Map.of(), Map.of(), headers, new byte[0]);
    }

    @Test
    void shouldPassOnTheRestOfTheDeadlineAndTheTraceWhenTheCallerSentThem() {
        ApiRequest incoming = request(Map.of("x-request-deadline-ms", "2000", "traceparent", TRACEPARENT));

        RequestOptions options = DownstreamOptions.from(incoming).build();

        assertThat(options.timeout()).hasValueSatisfying(timeout ->
                assertThat(timeout).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2)));
        assertThat(options.headers()).containsEntry("traceparent", TRACEPARENT);
    }

    @Test
    void shouldAddNothingWhenTheCallerSentNeither() {
        RequestOptions options = DownstreamOptions.from(request(Map.of())).build();

        assertThat(options.timeout()).isEmpty();
        assertThat(options.headers()).isEmpty();
    }

    @Test
    void shouldSetTheCallPriorityWhenTheCallerSentXRequestPriority() {
        RequestOptions low = DownstreamOptions.from(request(Map.of("X-Request-Priority", " LoW "))).build();
        RequestOptions high = DownstreamOptions.from(request(Map.of("x-request-priority", "high"))).build();

        assertThat(low.priority()).isEqualTo(CallPriority.LOW);
        assertThat(high.priority()).isEqualTo(CallPriority.HIGH);
        assertThat(low.headers()).doesNotContainKey("X-Request-Priority");
    }

    @Test
    void shouldKeepTheDefaultHighPriorityWhenTheCallerSentNoPriority() {
        RequestOptions options = DownstreamOptions.from(request(Map.of())).build();

        assertThat(options.priority()).isEqualTo(CallPriority.HIGH);
    }

    @Test
    void shouldAnswer400NamingHeaderValueAndAllowedValuesWhenThePriorityIsUnknown() {
        ApiException failure = catchThrowableOfType(ApiException.class,
                () -> DownstreamOptions.from(request(Map.of("X-Request-Priority", "urgent"))));

        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.errorCode()).isEqualTo(ErrorCodes.BAD_REQUEST);
        assertThat(failure.getMessage()).contains("X-Request-Priority", "'urgent'", "high or low");
    }

    @Test
    void shouldDropAMalformedTraceparentAndDeadline() {
        ApiRequest incoming = request(Map.of("X-Request-Deadline-Ms", "soon", "traceparent", "not-a-trace"));

        RequestOptions options = DownstreamOptions.from(incoming).build();

        assertThat(options.timeout()).isEmpty();
        assertThat(options.headers()).isEmpty();
        assertThat(incoming.deadline()).isEmpty();
    }

    @Test
    void shouldKeepTheDeadlineOfTheArrivalWhenTheRequestIsCopied() {
        ApiRequest incoming = request(Map.of("X-Request-Deadline-Ms", "5000"));

        ApiRequest routed = incoming.withPathParams(Map.of("cart_id", "C1"));

        assertThat(routed.deadline()).isEqualTo(incoming.deadline());
    }
}
