package com.kugelpos.http.event;

/**
 * A service's instance choice entered panic mode (fewer than the panic threshold of its instances
 * were usable, so calls go to all of them) or left it.
 *
 * @param panicking true on entering panic mode, false on leaving it
 * @param usable the instances that were usable (healthy and not ejected) at the change
 * @param instances all of the service's instances
 */
public record PanicModeEvent(String service, boolean panicking, int usable, int instances) implements ClientEvent {

    @Override
    public void deliverTo(ClientEventListener listener) {
        listener.onPanicMode(this);
    }
}
