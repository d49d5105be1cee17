package com.kugelpos.http.internal.transport;

import com.kugelpos.http.spi.TransportResponse;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * One exchange driven by the JDK client's blocking {@code send} on an I/O thread, completing a
 * future that the caller holds. Cancelling that future interrupts the send, which makes the JDK
 * client abort the exchange; an interrupt never leaks to the thread's next task.
 */
final class BlockingExchange implements Runnable {

    private final HttpClient http;
    private final HttpRequest request;
    private final CompletableFuture<TransportResponse> response = new Response();
    private Thread runner;
    private boolean finished;

    BlockingExchange(HttpClient http, HttpRequest request) {
        this.http = http;
        this.request = request;
    }

    /** The future of the response: completes with it or the I/O failure; cancel it to abort. */
    CompletableFuture<TransportResponse> response() {
        return response;
    }

    @Override
    public void run() {
        if (!claim()) {
            return;
        }
        try {
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            response.complete(new TransportResponse(answer.statusCode(), answer.headers(), answer.body()));
        } catch (InterruptedException interrupted) {
            response.cancel(false);
        } catch (IOException | RuntimeException failure) {
            response.completeExceptionally(failure);
        } finally {
            release();
        }
    }

    private synchronized boolean claim() {
        if (response.isDone()) {
            finished = true;
            return false;
        }
        runner = Thread.currentThread();
        return true;
    }

    private void release() {
        synchronized (this) {
            runner = null;
            finished = true;
        }
        Thread.interrupted();
    }

    private synchronized void interruptRunner() {
        if (runner != null && !finished) {
            runner.interrupt();
        }
    }

    /** The exchange's future: cancelling it (or completing it with a cancellation) interrupts the send. */
    private final class Response extends CompletableFuture<TransportResponse> {

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            interruptIfCancelled();
            return cancelled;
        }

        @Override
        public boolean completeExceptionally(Throwable failure) {
            boolean completed = super.completeExceptionally(failure);
            interruptIfCancelled();
            return completed;
        }

        private void interruptIfCancelled() {
            if (isCancelled()) {
                interruptRunner();
            }
        }
    }
}
