package org.vaka.server.billing;

import java.time.LocalDate;

/** Sends the reminders due on a day for the tenant's unpaid invoices (see {@link ReminderStep}). */
public interface Reminders {

    Result run(long tenantId, LocalDate today);

    record Result(LocalDate on, int first, int second, int collection) {
    }
}
