package org.vaka.server.sites;

import java.util.List;

/**
 * The built-in action instruction per alarm kind. The alarms module knows the kinds and supplies this; sites only
 * store a site's deviations from it, so sites need not depend on alarms.
 */
public interface InstructionDefaults {

    /** Every alarm kind, most urgent first. */
    List<String> kinds();

    List<InstructionStep> defaultFor(String kind);
}
