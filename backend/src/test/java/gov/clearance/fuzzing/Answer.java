package gov.clearance.fuzzing;

/** The application's answer to one request, as received. */
record Answer(int status, String contentType, String body) {

    boolean succeeded() {
        return status >= 200 && status < 300;
    }

    boolean refused() {
        return status >= 400 && status < 500;
    }
}
