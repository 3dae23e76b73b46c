package org.vaka.sim.mqtt;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The event loop group that carries broker links. One or two threads serve thousands of panels, since each link
 * only wakes for a few small packets now and then.
 */
public final class BrokerLinkThreads {

    private BrokerLinkThreads() {
    }

    /** Daemon threads, so a fleet that forgets to shut the group down still lets the JVM exit. */
    public static EventLoopGroup create(int threads, String name) {
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(name, true), NioIoHandler.newFactory());
    }
}
