package com.kugelpos.http.internal.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Work that is aborted at most once, for a reason: its parts register what to give up then (the
 * wait for a connection slot, the exchange), and whatever registers after the abort runs at once.
 * Most register one thing, which is kept in a field; the rest go to a list. Thread-safe.
 */
abstract class Abortable {

    /** Guarded by this. */
    private Runnable firstAbort;
    /** Guarded by this. */
    private List<Runnable> moreAborts;
    /** Why it was aborted, or null while it was not; guarded by this. */
    private String abortReason;

    /** Runs {@code abort} if and when this is aborted (at once if it already was). */
    void onAbort(Runnable abort) {
        synchronized (this) {
            if (abortReason == null) {
                if (firstAbort == null) {
                    firstAbort = abort;
                } else {
                    if (moreAborts == null) {
                        moreAborts = new ArrayList<>(2);
                    }
                    moreAborts.add(abort);
                }
                return;
            }
        }
        abort.run();
    }

    /**
     * Aborts this, if it was not aborted yet: runs what was registered, first come first.
     *
     * @param reason why, e.g. "cancelled by the caller"
     */
    void abort(String reason) {
        Runnable first;
        List<Runnable> more;
        synchronized (this) {
            if (abortReason != null) {
                return;
            }
            abortReason = reason;
            first = firstAbort;
            more = moreAborts;
            firstAbort = null;
            moreAborts = null;
        }
        if (first != null) {
            first.run();
        }
        if (more != null) {
            more.forEach(Runnable::run);
        }
    }

    /** Why this was aborted, or null when it was not. */
    synchronized String abortReason() {
        return abortReason;
    }
}
