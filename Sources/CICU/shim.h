// Unversioned wrappers over the system ICU.
//
// ICU renames every C function with a version suffix through macros
// (ubrk_open -> ubrk_open_72). Swift cannot import those macros, so each
// function Precis uses is wrapped here in a `static inline` function whose
// name carries no version: the Swift code survives ICU upgrades unchanged.
#ifndef PRECIS_CICU_SHIM_H
#define PRECIS_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

// MARK: errors

static inline const char *cicu_errorName(UErrorCode code) { return u_errorName(code); }
static inline int cicu_failure(UErrorCode code) { return U_FAILURE(code); }

// MARK: version

static inline void cicu_getVersion(uint8_t *out) { u_getVersion(out); }

// MARK: break iteration over UTF-8 text

static inline UBreakIterator *cicu_ubrk_open(UBreakIteratorType type, const char *locale, UErrorCode *status) {
    return ubrk_open(type, locale, NULL, 0, status);
}
static inline UBreakIterator *cicu_ubrk_clone(const UBreakIterator *bi, UErrorCode *status) {
    return ubrk_clone(bi, status);
}
static inline void cicu_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
static inline void cicu_ubrk_setUText(UBreakIterator *bi, UText *text, UErrorCode *status) {
    ubrk_setUText(bi, text, status);
}
static inline void cicu_ubrk_setText(UBreakIterator *bi, const UChar *text, int32_t length, UErrorCode *status) {
    ubrk_setText(bi, text, length, status);
}
static inline int32_t cicu_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t cicu_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t cicu_ubrk_getRuleStatus(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }
static inline int32_t cicu_ubrk_done(void) { return UBRK_DONE; }

static inline UText *cicu_utext_openUTF8(UText *ut, const char *s, int64_t length, UErrorCode *status) {
    return utext_openUTF8(ut, s, length, status);
}
static inline UText *cicu_utext_close(UText *ut) { return utext_close(ut); }

// MARK: normalization

static inline const UNormalizer2 *cicu_nfc(UErrorCode *status) { return unorm2_getNFCInstance(status); }
static inline const UNormalizer2 *cicu_nfkc(UErrorCode *status) { return unorm2_getNFKCInstance(status); }
static inline const UNormalizer2 *cicu_nfd(UErrorCode *status) { return unorm2_getNFDInstance(status); }
static inline UBool cicu_unorm2_hasBoundaryBefore(const UNormalizer2 *n, UChar32 c) { return unorm2_hasBoundaryBefore(n, c); }
static inline UBool cicu_unorm2_isNormalized(const UNormalizer2 *n, const UChar *s, int32_t length, UErrorCode *status) {
    return unorm2_isNormalized(n, s, length, status);
}
static inline int32_t cicu_unorm2_normalize(const UNormalizer2 *n, const UChar *src, int32_t length,
                                            UChar *dest, int32_t capacity, UErrorCode *status) {
    return unorm2_normalize(n, src, length, dest, capacity, status);
}
static inline int32_t cicu_unorm2_spanQuickCheckYes(const UNormalizer2 *n, const UChar *s, int32_t length, UErrorCode *status) {
    return unorm2_spanQuickCheckYes(n, s, length, status);
}

// MARK: case folding and transliteration

static inline int32_t cicu_u_strFoldCase(UChar *dest, int32_t capacity, const UChar *src, int32_t length,
                                         UErrorCode *status) {
    return u_strFoldCase(dest, capacity, src, length, U_FOLD_CASE_DEFAULT, status);
}
static inline UTransliterator *cicu_utrans_openU(const UChar *id, int32_t idLength, UErrorCode *status) {
    return utrans_openU(id, idLength, UTRANS_FORWARD, NULL, 0, NULL, status);
}
static inline void cicu_utrans_close(UTransliterator *t) { utrans_close(t); }
static inline void cicu_utrans_transUChars(const UTransliterator *t, UChar *text, int32_t *textLength,
                                           int32_t capacity, int32_t start, int32_t *limit, UErrorCode *status) {
    utrans_transUChars(t, text, textLength, capacity, start, limit, status);
}

// MARK: character properties

static inline int8_t cicu_u_charType(UChar32 c) { return u_charType(c); }
static inline UBool cicu_u_isalpha(UChar32 c) { return u_isalpha(c); }
static inline UBool cicu_u_isdigit(UChar32 c) { return u_isdigit(c); }
static inline UBool cicu_u_isUUppercase(UChar32 c) { return u_isUUppercase(c); }
static inline UBool cicu_u_isULowercase(UChar32 c) { return u_isULowercase(c); }
static inline UBool cicu_u_isUWhiteSpace(UChar32 c) { return u_isUWhiteSpace(c); }
static inline UBool cicu_u_hasBinaryProperty(UChar32 c, UProperty which) { return u_hasBinaryProperty(c, which); }

#endif
