// Processor hints Swift has no spelling for, as static inline functions Swift inlines.
#ifndef CPRECIS_HINTS_H
#define CPRECIS_HINTS_H

/// Asks the processor to start loading the cache line holding `address`, for a read soon; a hint
/// only (never faults, even on an invalid address), so results cannot depend on it.
static inline void precis_prefetch(const void *address) {
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, 0, 3);
#endif
}

#endif
