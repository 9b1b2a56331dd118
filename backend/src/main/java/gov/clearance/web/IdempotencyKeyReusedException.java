package gov.clearance.web;

/** An {@code Idempotency-Key} sent again with a different request than the one it first came with. */
class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request; send a new key for a new request");
    }
}
