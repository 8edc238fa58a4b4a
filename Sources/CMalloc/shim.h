// glibc's malloc tuning (mallopt), which Swift's Glibc module does not bring in.
#if __has_include(<malloc.h>) && defined(__linux__)
#include <malloc.h>
#endif
