package dev.necessity.server;

class CrashConsistencyOnH2Test extends CrashConsistencyContract {
    @Override
    Backend backend() {
        return Backend.H2;
    }
}
