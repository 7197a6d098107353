/* runq: inference with Q8_0 weights */
#include <u.h>
#include <libc.h>
#include "dat.h"
#include "fns.h"

void
main(int argc, char *argv[])
{
	runmain(argc, argv, "runq");
}
