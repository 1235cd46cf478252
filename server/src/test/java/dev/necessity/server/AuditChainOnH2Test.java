package dev.necessity.server;

class AuditChainOnH2Test extends AuditChainContract {
    @Override
    Backend backend() {
        return Backend.H2;
    }
}
