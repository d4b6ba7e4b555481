// Declarations only (include/CFuzzDriver.h); the definition is in libFuzzer.
#include "CFuzzDriver.h"
