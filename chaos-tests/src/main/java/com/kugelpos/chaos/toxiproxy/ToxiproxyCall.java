package com.kugelpos.chaos.toxiproxy;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs a call to the Toxiproxy API, turning its {@link IOException} into one that names what was asked. */
final class ToxiproxyCall {

    /** A Toxiproxy API call that returns a value. */
    @FunctionalInterface
    interface Call<T> {
        /** Performs the call. */
        T perform() throws IOException;
    }

    /** A Toxiproxy API call without a result. */
    @FunctionalInterface
    interface Action {
        /** Performs the call. */
        void perform() throws IOException;
    }

    private ToxiproxyCall() {}

    /** The call's result; {@code what} describes the call for the error message. */
    static <T> T get(String what, Call<T> call) {
        try {
            return call.perform();
        } catch (IOException e) {
            throw new UncheckedIOException("Toxiproxy could not " + what + ": " + e.getMessage(), e);
        }
    }

    /** Performs the call; {@code what} describes it for the error message. */
    static void run(String what, Action action) {
        get(
                what,
                () -> {
                    action.perform();
                    return null;
                });
    }
}
