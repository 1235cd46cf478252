package dev.necessity.extract.text;

/** Binary search over ascending character offsets, shared by the level and trigger lookups. */
public final class AscendingPositions {
    private AscendingPositions() {
    }

    /** Index of the first value {@code >= key} in an ascending array (its length if none). */
    public static int firstAtLeast(int[] values, int key) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first value {@code > key} in an ascending array (its length if none). */
    public static int firstAbove(int[] values, int key) {
        return firstAtLeast(values, key + 1);
    }
}
