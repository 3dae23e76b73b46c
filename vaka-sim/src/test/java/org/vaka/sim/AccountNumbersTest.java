package org.vaka.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountNumbersTest {

    @Test
    void sixHexCharactersWithThePrefix() {
        assertThat(AccountNumbers.of("F", 3)).containsExactly("F00001", "F00002", "F00003");
        assertThat(AccountNumbers.of("E", 17).get(16)).isEqualTo("E00011");
        assertThat(AccountNumbers.of("ab", 1)).containsExactly("AB0001");
    }

    @Test
    void growsOnlyWhenTheCountDoesNotFit() {
        List<String> accounts = AccountNumbers.of("F", 0x100000);

        assertThat(accounts.get(0)).isEqualTo("F000001");
        assertThat(accounts.get(accounts.size() - 1)).isEqualTo("F100000");
        assertThat(new HashSet<>(accounts)).hasSize(accounts.size());
    }

    @Test
    void refusesPrefixesThatAreNotHex() {
        assertThatThrownBy(() -> AccountNumbers.checkPrefix("G", 1)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> AccountNumbers.checkPrefix("F".repeat(16), 1)).isInstanceOf(UsageException.class);
    }
}
