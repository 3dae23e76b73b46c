package org.vaka.sim.fleet;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.channel.EventLoopGroup;
import org.vaka.sim.mqtt.BrokerLinkThreads;

/**
 * Houses living side by side: a handful for the demo, thousands for a load test, on a couple of threads. Life
 * steps run on one or two scheduler threads, each house's first step offset so that they do not all step in the
 * same instant; DC-09 reports go out on a virtual thread per house; every MQTT link shares one event loop group.
 */
public final class Fleet implements AutoCloseable {

    static final Duration LIFE_STEP = Duration.ofSeconds(5);
    static final Duration LINK_TEST_EVERY = Duration.ofSeconds(30);
    static final Duration PERIODIC_TEST_EVERY = Duration.ofMinutes(10);
    /** Beyond this many houses a second thread each for life and MQTT keeps either from falling behind. */
    private static final int HOUSES_PER_THREAD = 2_000;
    private static final int ERRORS_SHOWN = 5;

    private final List<DemoPanel> houses;
    private final FleetCounters counters;
    private final BrokerHealth health;
    private final EventLoopGroup mqttThreads;
    private final ScheduledExecutorService life;
    private final List<Thread> senders;

    private Fleet(List<DemoPanel> houses, FleetCounters counters, BrokerHealth health, EventLoopGroup mqttThreads,
                  ScheduledExecutorService life, List<Thread> senders) {
        this.houses = houses;
        this.counters = counters;
        this.health = health;
        this.mqttThreads = mqttThreads;
        this.life = life;
        this.senders = senders;
    }

    /**
     * @param label starts every line the fleet prints, e.g. "demo fleet"
     * @param seed  the houses' lives are random but repeatable
     */
    public static Fleet start(FleetPlan plan, Clock clock, long seed, String label, PrintStream log) {
        int n = plan.panels().size();
        int threads = Math.min(2, 1 + n / HOUSES_PER_THREAD);
        FleetCounters counters = new FleetCounters();
        SplittableRandom random = new SplittableRandom(seed);
        List<DemoPanel> houses = new ArrayList<>(n);
        for (FleetPanel panel : plan.panels()) {
            houses.add(new DemoPanel(panel.account(), panel.key(), plan.receiverHost(), plan.receiverPort(), clock,
                    random.split(), plan.pathOutages(), counters));
        }
        ScheduledThreadPoolExecutor life = new ScheduledThreadPoolExecutor(threads, r -> Thread.ofPlatform()
                .name(label.replace(' ', '-') + "-life").daemon(true).unstarted(r));
        life.setRemoveOnCancelPolicy(true);
        List<Thread> senders = new ArrayList<>(n);
        AtomicLong errors = new AtomicLong();
        for (int i = 0; i < n; i++) {
            DemoPanel house = houses.get(i);
            senders.add(Thread.ofVirtual().name(label.replace(' ', '-') + "-" + house.account())
                    .start(house::sendForever));
            long spreadMillis = plan.spread().toMillis() * i / n;
            life.scheduleWithFixedDelay(keepGoing(house::live, label, log, errors),
                    LIFE_STEP.toMillis() * i / n + 1, LIFE_STEP.toMillis(), TimeUnit.MILLISECONDS);
            life.scheduleWithFixedDelay(keepGoing(house::linkTest, label, log, errors),
                    spreadMillis, LINK_TEST_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            life.scheduleWithFixedDelay(keepGoing(house::periodicTest, label, log, errors),
                    2_000 + PERIODIC_TEST_EVERY.toMillis() * i / n, PERIODIC_TEST_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        EventLoopGroup mqttThreads = null;
        BrokerHealth health = null;
        if (plan.broker() != null) {
            mqttThreads = BrokerLinkThreads.create(threads, label.replace(' ', '-') + "-mqtt");
            health = new BrokerHealth(label, plan.broker(), n, log);
            for (int i = 0; i < n; i++) {
                houses.get(i).connectBroker(mqttThreads, plan.broker(), plan.panels().get(i).brokerPassword(), health,
                        Duration.ofMillis(plan.spread().toMillis() * i / n));
            }
        }
        return new Fleet(List.copyOf(houses), counters, health, mqttThreads, life, senders);
    }

    /** A scheduled task that throws is never run again; a house must go on living whatever happens. */
    private static Runnable keepGoing(Runnable step, String label, PrintStream log, AtomicLong errors) {
        return () -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                if (errors.incrementAndGet() <= ERRORS_SHOWN) {
                    log.println(label + ": " + e);
                }
            }
        };
    }

    public List<DemoPanel> houses() {
        return houses;
    }

    public int size() {
        return houses.size();
    }

    public FleetCounters counters() {
        return counters;
    }

    /** Houses connected and subscribed on MQTT right now; 0 without a broker. */
    public int mqttConnected() {
        return health == null ? 0 : health.up();
    }

    /** Stops the lives and senders and says goodbye on MQTT, waiting a few seconds at most. */
    @Override
    public void close() {
        life.shutdownNow();
        senders.forEach(Thread::interrupt);
        if (mqttThreads != null) {
            CompletableFuture<?>[] goodbyes = houses.stream().map(DemoPanel::closeBroker).toArray(CompletableFuture[]::new);
            try {
                CompletableFuture.allOf(goodbyes).get(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // the broker is away or slow: the will tells the same story
            }
            mqttThreads.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
        }
    }
}
