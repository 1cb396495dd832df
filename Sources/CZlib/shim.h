// The system zlib (Debian zlib1g-dev), for reading gzip-compressed corpora.
#ifndef PRECIS_CZLIB_SHIM_H
#define PRECIS_CZLIB_SHIM_H
#include <zlib.h>
#endif
