package org.vaka.server.alarms.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.vaka.server.alarms.ActionInstruction;
import org.vaka.server.alarms.AlarmKind;
import org.vaka.server.sites.InstructionDefaults;
import org.vaka.server.sites.InstructionStep;

/** Tells the sites module which alarm kinds there are and what each one's built-in instruction is. */
@Component
class BuiltInInstructions implements InstructionDefaults {

    private static final List<String> KINDS = Arrays.stream(AlarmKind.values())
            .sorted(Comparator.comparingInt(AlarmKind::priority)).map(Enum::name).toList();

    @Override
    public List<String> kinds() {
        return KINDS;
    }

    @Override
    public List<InstructionStep> defaultFor(String kind) {
        return ActionInstruction.forKind(AlarmKind.valueOf(kind));
    }
}
