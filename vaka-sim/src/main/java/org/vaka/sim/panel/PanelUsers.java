package org.vaka.sim.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The panel's code table. The duress code belongs to a user entry of its own, so that a disarm under threat
 * reports an ordinary-looking OP with that user's number while the silent duress report goes out beside it.
 */
public final class PanelUsers {

    private final List<User> users = new ArrayList<>();
    private User duress;

    public PanelUsers add(User user) {
        refuseClash(user);
        users.add(user);
        return this;
    }

    public PanelUsers duress(User user) {
        if (duress != null) {
            throw new IllegalStateException("the panel has one duress code, already set");
        }
        refuseClash(user);
        duress = user;
        return this;
    }

    /** Whoever the code belongs to, the duress entry included. */
    public Optional<User> byCode(String code) {
        if (duress != null && duress.code().equals(code)) {
            return Optional.of(duress);
        }
        return users.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public boolean isDuress(User user) {
        return user.equals(duress);
    }

    private void refuseClash(User user) {
        List<User> all = new ArrayList<>(users);
        if (duress != null) {
            all.add(duress);
        }
        for (User other : all) {
            if (other.number() == user.number()) {
                throw new IllegalArgumentException("user number " + user.number() + " is taken");
            }
            if (other.code().equals(user.code())) {
                throw new IllegalArgumentException("user " + user.number() + " has the same code as user "
                        + other.number());
            }
        }
    }
}
