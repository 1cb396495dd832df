// Temporary files that an interrupt (SIGINT, SIGTERM, SIGHUP) removes before the process dies.
//
// Swift cannot promise async-signal safety (the runtime may allocate, lock or retain), so the
// registry of temporary paths and the signal handler that removes them live here, in C: a
// fixed table of paths, claimed and released with atomics, that the handler walks calling only
// unlink(2), sigaction(2) and raise(3), all async-signal-safe.
#ifndef PRECIS_CPRECISFILES_H
#define PRECIS_CPRECISFILES_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Creates a new file named `prefix` followed by six random characters, opened for writing with
/// O_EXCL and O_CLOEXEC (mode 0666 less the umask, as
/// any new file), and registers its path for removal on interrupt.
///
/// The path is registered before the file is created, so there is no moment at which the file
/// exists unregistered. Returns the descriptor, or -1 with errno set. On success the full path
/// is copied to `path` (of `capacity` bytes) and `*slot` receives the registry slot to pass to
/// `precis_temporary_forget` (or -1 when the table is full: the file is then not removed on
/// interrupt, but everything else works).
int precis_temporary_create(const char *prefix, char *path, size_t capacity, int *slot);

/// Stops removing the file registered in `slot` on interrupt (after it was renamed or removed).
/// A slot of -1 is ignored.
void precis_temporary_forget(int slot);

/// Installs, once, handlers for SIGINT, SIGTERM and SIGHUP that remove every registered
/// temporary file and then let the signal end the process as it would have (so a shell sees
/// status 130, 143 or 129). A signal the process inherited as ignored stays ignored; one
/// inherited as blocked is unblocked for the calling thread (call it first thing in main).
void precis_temporary_install_interrupt_cleanup(void);

#ifdef __cplusplus
}
#endif

#endif
