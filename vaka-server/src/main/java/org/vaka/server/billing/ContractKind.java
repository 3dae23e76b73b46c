package org.vaka.server.billing;

/** Home contracts have no binding period; business contracts are bound for 12, 24, 36 or 60 months. */
public enum ContractKind {
    HOME, BUSINESS
}
