// Plain-C front of the system ICU: see include/CPrecisICU.h.
//
// The calls go through the unversioned `static inline` wrappers of the CICU system library
// (Sources/CICU/shim.h), so nothing here names a versioned ICU symbol either.
#include "CPrecisICU.h"
#include "../CICU/shim.h"

int precis_icu_failed(int32_t status) { return cicu_failure((UErrorCode)status); }
const char *precis_icu_error_name(int32_t status) { return cicu_errorName((UErrorCode)status); }
int32_t precis_icu_buffer_overflow(void) { return U_BUFFER_OVERFLOW_ERROR; }

void *precis_ubrk_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *iterator = cicu_ubrk_open(kind == PRECIS_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD, locale, &code);
    *status = code;
    return iterator;
}

void *precis_ubrk_clone(const void *iterator, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *clone = cicu_ubrk_clone((const UBreakIterator *)iterator, &code);
    *status = code;
    return clone;
}

void precis_ubrk_close(void *iterator) { cicu_ubrk_close((UBreakIterator *)iterator); }

void *precis_utext_open_utf8(void *text, const char *bytes, int64_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UText *result = cicu_utext_openUTF8((UText *)text, bytes, length, &code);
    *status = code;
    return result;
}

void precis_utext_close(void *text) { cicu_utext_close((UText *)text); }

void precis_ubrk_set_text(void *iterator, void *text, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    cicu_ubrk_setUText((UBreakIterator *)iterator, (UText *)text, &code);
    *status = code;
}

void precis_ubrk_set_text_utf16(void *iterator, const uint16_t *chars, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    cicu_ubrk_setText((UBreakIterator *)iterator, (const UChar *)chars, length, &code);
    *status = code;
}

int32_t precis_ubrk_first(void *iterator) { return cicu_ubrk_first((UBreakIterator *)iterator); }
int32_t precis_ubrk_next(void *iterator) { return cicu_ubrk_next((UBreakIterator *)iterator); }
int32_t precis_ubrk_rule_status(void *iterator) { return cicu_ubrk_getRuleStatus((UBreakIterator *)iterator); }

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *code) {
    return form == PRECIS_NFD ? cicu_nfd(code) : cicu_nfc(code);
}

int32_t precis_normalize(int32_t form, const uint16_t *source, int32_t length,
                         uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &code);
    int32_t result = 0;
    if (U_SUCCESS(code)) {
        result = cicu_unorm2_normalize(n, (const UChar *)source, length, (UChar *)destination, capacity, &code);
    }
    *status = code;
    return result;
}

int precis_is_nfc(const uint16_t *source, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *n = cicu_nfc(&code);
    UBool result = 1;
    if (U_SUCCESS(code)) result = cicu_unorm2_isNormalized(n, (const UChar *)source, length, &code);
    *status = code;
    return result;
}

int precis_nfc_boundary_before(uint32_t scalar) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *n = cicu_nfc(&code);
    return U_FAILURE(code) ? 1 : cicu_unorm2_hasBoundaryBefore(n, (UChar32)scalar);
}

int32_t precis_fold_case(const uint16_t *source, int32_t length,
                         uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t result = cicu_u_strFoldCase((UChar *)destination, capacity, (const UChar *)source, length, &code);
    *status = code;
    return result;
}

int precis_is_nonspacing_mark(uint32_t scalar) {
    return cicu_u_charType((UChar32)scalar) == U_NON_SPACING_MARK;
}
