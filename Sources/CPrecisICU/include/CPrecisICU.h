// The ICU services Precis uses, behind plain C types.
//
// This header includes no ICU header: ICU's types (UErrorCode, UBreakIterator, UText, …) stay
// inside CPrecisICU.c. Swift modules that import this one may therefore also import Foundation,
// whose private copy of ICU defines the same C types differently; with ICU's own headers
// visible, the two definitions clash at compile time (most visibly under `@testable import`).
// Status codes are ICU's UErrorCode values; handles are opaque pointers.
#ifndef PRECIS_CPRECISICU_H
#define PRECIS_CPRECISICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Whether an ICU status code is a failure (warnings, which are negative, are not).
int precis_icu_failed(int32_t status);
/// ICU's name for a status code, such as "U_MEMORY_ALLOCATION_ERROR".
const char *precis_icu_error_name(int32_t status);
/// The status ICU reports when an output buffer is too small.
int32_t precis_icu_buffer_overflow(void);

// MARK: break iteration over UTF-8 text

enum { PRECIS_BREAK_WORD = 0, PRECIS_BREAK_SENTENCE = 1 };

/// Opens a word or sentence break iterator for a locale ("fr@ss=standard").
void *precis_ubrk_open(int32_t kind, const char *locale, int32_t *status);
/// Clones an iterator (cheap: the rules are shared).
void *precis_ubrk_clone(const void *iterator, int32_t *status);
void precis_ubrk_close(void *iterator);
/// Opens (or reuses, when `text` is not NULL) a UTF-8 UText over `bytes`.
void *precis_utext_open_utf8(void *text, const char *bytes, int64_t length, int32_t *status);
void precis_utext_close(void *text);
void precis_ubrk_set_text(void *iterator, void *text, int32_t *status);
/// Points an iterator at UTF-16 text (which must outlive the iteration); boundaries are then
/// UTF-16 indices. ICU reads UTF-16 in place, faster than through a UTF-8 UText.
void precis_ubrk_set_text_utf16(void *iterator, const uint16_t *chars, int32_t length, int32_t *status);
int32_t precis_ubrk_first(void *iterator);
/// The next boundary, or -1 when there is none.
int32_t precis_ubrk_next(void *iterator);
int32_t precis_ubrk_rule_status(void *iterator);

// MARK: normalization and case folding (UTF-16)

enum { PRECIS_NFC = 0, PRECIS_NFD = 1 };

int32_t precis_normalize(int32_t form, const uint16_t *source, int32_t length,
                         uint16_t *destination, int32_t capacity, int32_t *status);
int precis_is_nfc(const uint16_t *source, int32_t length, int32_t *status);
int precis_nfc_boundary_before(uint32_t scalar);
int32_t precis_fold_case(const uint16_t *source, int32_t length,
                         uint16_t *destination, int32_t capacity, int32_t *status);
int precis_is_nonspacing_mark(uint32_t scalar);

#ifdef __cplusplus
}
#endif

#endif
