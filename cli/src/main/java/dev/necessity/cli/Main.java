package dev.necessity.cli;

public final class Main {
    public static void main(String[] args) {
        System.err.println("not yet wired");
        System.exit(1);
    }
}
