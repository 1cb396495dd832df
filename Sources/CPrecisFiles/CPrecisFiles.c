// See include/CPrecisFiles.h. Everything the signal handler touches is either a plain byte
// array written before its slot is published, or a lock-free atomic.
#define _GNU_SOURCE
#include "CPrecisFiles.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/random.h>
#else
#include <stdlib.h>
#endif

enum { SLOTS = 64, PATH_CAPACITY = 4096, SUFFIX = 6 };
enum { FREE = 0, CLAIMED = 1, ACTIVE = 2 };

static char paths[SLOTS][PATH_CAPACITY];
static atomic_int states[SLOTS];
static atomic_int installed;
static atomic_uint_fast64_t counter;

static int claim(void) {
    for (int i = 0; i < SLOTS; i++) {
        int expected = FREE;
        if (atomic_compare_exchange_strong(&states[i], &expected, CLAIMED)) return i;
    }
    return -1;
}

/// splitmix64: mixes the fallback seed when the system has no random bytes to give.
static uint64_t mix(uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

static void random_suffix(char *out) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    unsigned char bytes[SUFFIX];
#if defined(__linux__)
    int ok = getrandom(bytes, sizeof bytes, GRND_NONBLOCK) == (ssize_t)sizeof bytes;
#else
    arc4random_buf(bytes, sizeof bytes);
    int ok = 1;
#endif
    if (!ok) {
        struct timespec now;
        clock_gettime(CLOCK_REALTIME, &now);
        uint64_t x = mix((uint64_t)now.tv_nsec ^ ((uint64_t)now.tv_sec << 20) ^ ((uint64_t)getpid() << 40)
                         ^ atomic_fetch_add(&counter, 1));
        for (int i = 0; i < SUFFIX; i++) bytes[i] = (unsigned char)(x >> (8 * i));
    }
    for (int i = 0; i < SUFFIX; i++) out[i] = alphabet[bytes[i] % (sizeof alphabet - 1)];
    out[SUFFIX] = 0;
}

int precis_temporary_create(const char *prefix, char *path, size_t capacity, int *slot) {
    size_t length = strlen(prefix);
    if (length + SUFFIX + 1 > capacity || length + SUFFIX + 1 > PATH_CAPACITY) {
        errno = ENAMETOOLONG;
        return -1;
    }
    int s = claim();
    for (int attempt = 0; attempt < 100; attempt++) {
        memcpy(path, prefix, length);
        random_suffix(path + length);
        if (s >= 0) {
            // Published before the file exists: an interrupt from here on removes it.
            memcpy(paths[s], path, length + SUFFIX + 1);
            atomic_store(&states[s], ACTIVE);
        }
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            *slot = s;
            return fd;
        }
        int error = errno;
        if (s >= 0) atomic_store(&states[s], CLAIMED);  // the name is someone else's, or nothing
        if (error != EEXIST) {
            if (s >= 0) atomic_store(&states[s], FREE);
            errno = error;
            return -1;
        }
    }
    if (s >= 0) atomic_store(&states[s], FREE);
    errno = EEXIST;
    return -1;
}

void precis_temporary_forget(int slot) {
    if (slot >= 0 && slot < SLOTS) atomic_store(&states[slot], FREE);
}

static void remove_temporaries(int signal_number) {
    int saved = errno;
    for (int i = 0; i < SLOTS; i++) {
        if (atomic_load(&states[i]) == ACTIVE) unlink(paths[i]);
    }
    // SA_RESETHAND restored the default action; raised again, the signal is delivered as soon
    // as this handler returns and ends the process the usual way (status 128 + N in a shell).
    raise(signal_number);
    errno = saved;
}

void precis_temporary_install_interrupt_cleanup(void) {
    int expected = 0;
    if (!atomic_compare_exchange_strong(&installed, &expected, 1)) return;
    const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = remove_temporaries;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof signals / sizeof *signals; i++) sigaddset(&action.sa_mask, signals[i]);
    // A parent may pass these signals on blocked (Foundation's Process does when it runs from
    // a Dispatch thread): they would then wait forever. Threads started later inherit the mask.
    sigprocmask(SIG_UNBLOCK, &action.sa_mask, NULL);
    for (size_t i = 0; i < sizeof signals / sizeof *signals; i++) {
        struct sigaction previous;
        // A signal ignored on entry (nohup, a background job) stays ignored.
        if (sigaction(signals[i], NULL, &previous) == 0 && previous.sa_handler == SIG_IGN) continue;
        sigaction(signals[i], &action, NULL);
    }
}
