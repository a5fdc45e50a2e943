/* credstore_empty.c - the credential store's table when no service loads from it (weak: services.c's wins). */
#include "init.h"

/*
 * A file of their own: a translation unit that saw these one-element
 * arrays would take every index above 0 for undefined behaviour, and the
 * compiler may then turn credentials.c's loops over the generated table
 * into endless ones (it did: stage 1 hung).  credentials.c sees only the
 * extern declarations of service.h.
 */
__attribute__((weak)) struct credstore_item credstore[1];
__attribute__((weak)) const unsigned int credstore_count;
__attribute__((weak)) char credstore_arena[1];
