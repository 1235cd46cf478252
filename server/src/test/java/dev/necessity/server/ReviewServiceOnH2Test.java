package dev.necessity.server;

/** The service's contract on its default database, an embedded H2 file. */
class ReviewServiceOnH2Test extends ReviewServiceContract {
    @Override
    Backend backend() {
        return Backend.H2;
    }
}
