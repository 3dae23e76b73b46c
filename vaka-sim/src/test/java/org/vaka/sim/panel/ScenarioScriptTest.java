package org.vaka.sim.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScenarioScriptTest {

    private final TestHouse house = new TestHouse();

    private void run(String script) {
        ScenarioScript.parse(script).run(house.panel, house.clock::advance);
    }

    @Test
    void runsABurglaryNightThroughAPowerCutAndAnOutage() {
        run("""
                # Anna leaves, the power goes, a burglar cuts the broadband and comes in the back
                arm away with 123456
                wait 45s
                power-cut
                cut ethernet
                intrude zone 3
                tamper zone 4
                wait 2m
                disarm with 123456
                power-restore
                """);

        assertThat(house.codes()).containsExactly("CL01", "AT00", "BA03", "BR03", "TA04", "OP01", "AR00");
        assertThat(house.reports.subList(2, 7)).extracting(PanelReport::path)
                .containsOnly(CommunicationPath.GSM);
        assertThat(house.panel.state()).isEqualTo(ArmingState.DISARMED);
    }

    @Test
    void understandsEveryKindOfLine() {
        run("""
                open zone 2
                close zone 2
                arm home with 654321
                wait 30s
                disarm with 654321
                arm away with 654321
                disarm with 654321
                jam
                unjam
                restore tamper zone 4
                cut gsm
                cut ethernet
                periodic test
                restore gsm
                restore ethernet
                wait 1h
                wait 500ms
                wait 2m
                """);

        assertThat(house.codes()).containsExactly("NL01", "OP02", "XQ00", "XH00", "RP00");
    }

    @Test
    void unknownLineIsRejectedWithItsNumberBeforeAnythingRuns() {
        assertThatThrownBy(() -> run("""
                arm away with 123456

                wait 45s
                Open the Garage
                """))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("Open the Garage")
                .satisfies(e -> assertThat(((ScenarioException) e).lineNumber()).isEqualTo(4));

        assertThat(house.panel.state()).isEqualTo(ArmingState.DISARMED);
    }

    @Test
    void aWaitWithoutAUnitIsRejected() {
        assertThatThrownBy(() -> ScenarioScript.parse("wait 45"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("line 1");
    }
}
