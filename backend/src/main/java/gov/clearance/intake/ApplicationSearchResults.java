package gov.clearance.intake;

import java.util.List;

/**
 * One page of a staff search, newest first.
 *
 * @param content the cases on the page
 * @param page where the page stands among the matches
 */
public record ApplicationSearchResults(List<ApplicationSummary> content, PageInfo page) {

    /**
     * Where a page stands. Matches are counted up to {@link #COUNTED_AT_MOST}: past that, an exact count would
     * read every match again on every page, so the total is given as "at least".
     *
     * @param size the most cases on a page
     * @param number the page's number, from 0
     * @param totalElements the matches, or {@link #COUNTED_AT_MOST} when there are at least as many
     * @param totalPages the pages those matches fill
     * @param totalIsAtLeast whether there are at least {@code totalElements} matches rather than exactly that many
     */
    public record PageInfo(int size, int number, long totalElements, long totalPages, boolean totalIsAtLeast) {

        /**
         * The matches counted, and paged through, at most: a narrower search finds the rest. Fifty pages of
         * twenty; counting ten thousand matches of a common ECCN cost 40 ms at a million cases, a thousand 3 ms.
         */
        public static final int COUNTED_AT_MOST = 1_000;
    }
}
