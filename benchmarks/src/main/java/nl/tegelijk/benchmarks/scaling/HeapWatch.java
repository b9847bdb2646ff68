package nl.tegelijk.benchmarks.scaling;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap of this JVM from the moment it is started: the peak used heap (the sum of every heap pool's peak,
 * garbage included, so an upper bound that depends on the maximum heap) and the largest heap left after a garbage
 * collection (what was live). Thread-safe; one per JVM.
 */
final class HeapWatch {

    private final AtomicLong maxAfterGc = new AtomicLong();

    private HeapWatch() {
    }

    /** Resets the pools' peaks and starts listening to garbage collections. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
                    watch.maxAfterGc.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        return watch;
    }

    /** Sum of the heap pools' peak use since {@link #start()}, in MiB. */
    long peakUsedMib() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    /**
     * The largest heap in use right after a garbage collection since {@link #start()}, in MiB (non-heap pools that a
     * collector reports are included; they are small).
     */
    long maxLiveMib() {
        return maxAfterGc.get() >> 20;
    }
}
