/* config.h - the unit tests' stand-in for the generated config.h, for the
 * init/ files a unit test compiles (test_logring.c): only what they use. */
#ifndef RAMPART_CONFIG_H
#define RAMPART_CONFIG_H
#define CFG_SVC_COUNT 3
#endif
