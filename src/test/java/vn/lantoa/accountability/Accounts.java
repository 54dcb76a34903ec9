package vn.lantoa.accountability;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.TestTree;

/**
 * Accounts of the tests' own units (the fixture provinces have none), holding one role on one unit;
 * they log in with the demo password.
 */
public final class Accounts {

    private final TestTree tree;

    public Accounts(JdbcClient jdbc) {
        this.tree = new TestTree(jdbc);
    }

    /** A new account holding the role on the unit; returns its username. */
    public String holding(String role, UnitRef unit) {
        return tree.account("fx", role, unit);
    }
}
