// Nothing to compile: the module only declares libFuzzer's driver (see include/CFuzzer.h).
#include "CFuzzer.h"
