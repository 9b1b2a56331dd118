package gov.clearance.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Every download is an attachment named as RFC 6266 says: a plain ASCII {@code filename} for old clients and
 * {@code filename*} in UTF-8 (RFC 5987) that keeps any name, reduced to its last path segment and without
 * control characters.
 */
class AttachmentNameTest {

    @Test
    void keepsANonLatinNameInFilenameStar() {
        assertThat(AttachmentName.of("日本語.pdf").contentDisposition())
                .isEqualTo("attachment; filename=\"___.pdf\"; filename*=UTF-8''%E6%97%A5%E6%9C%AC%E8%AA%9E.pdf");
    }

    @Test
    void namesAPlainFileAsItIs() {
        assertThat(AttachmentName.of("End user statement (v2).pdf").contentDisposition())
                .isEqualTo("attachment; filename=\"End user statement (v2).pdf\"; "
                        + "filename*=UTF-8''End%20user%20statement%20%28v2%29.pdf");
    }

    @Test
    void keepsOnlyTheLastPathSegment() {
        assertThat(AttachmentName.of("../../etc/passwd.pdf").value()).isEqualTo("passwd.pdf");
        assertThat(AttachmentName.of("C:\\Users\\alice\\spec.pdf").value()).isEqualTo("spec.pdf");
    }

    @Test
    void dropsControlCharactersAndQuotesThatWouldBreakTheHeader() {
        AttachmentName name = AttachmentName.of("a\r\nSet-Cookie: x=1\u0000\"b\".pdf");

        assertThat(name.value()).isEqualTo("aSet-Cookie: x=1\"b\".pdf");
        assertThat(name.contentDisposition()).doesNotContain("\r", "\n")
                .startsWith("attachment; filename=\"aSet-Cookie: x=1\\\"b\\\".pdf\"; filename*=UTF-8''")
                .endsWith("aSet-Cookie%3A%20x%3D1%22b%22.pdf");
    }

    @Test
    void namesSomethingWhenNothingIsLeft() {
        assertThat(AttachmentName.of("../\u0007/").value()).isEqualTo("download");
        assertThat(AttachmentName.of(null).value()).isEqualTo("download");
    }
}
