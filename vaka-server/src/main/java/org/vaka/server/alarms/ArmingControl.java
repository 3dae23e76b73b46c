package org.vaka.server.alarms;

import java.util.Optional;

/**
 * Arming control of a tenant's sites: the schedule a site keeps, and its arming as the event stream tells it. A
 * disarm outside the schedule raises {@link AlarmKind#UNEXPECTED_DISARM}; a site still disarmed when it should be
 * armed raises {@link AlarmKind#LATE_TO_ARM}, once a day.
 */
public interface ArmingControl {

    /** @return empty when the site has no schedule (or is not the tenant's) */
    Optional<ArmingSchedule> schedule(long tenantId, long siteId);

    /** @return false when the site is not the tenant's */
    boolean replace(long tenantId, long siteId, ArmingSchedule schedule);

    /** Takes the site out of arming control. @return false when it was not under it */
    boolean remove(long tenantId, long siteId);

    /** @return empty when nothing has been heard of the site's arming yet */
    Optional<SiteArming> arming(long tenantId, long siteId);
}
