/* run: FP32 inference */
#include <u.h>
#include <libc.h>
#include <thread.h>
#include "dat.h"
#include "fns.h"

int mainstacksize = 64*1024;

void
threadmain(int argc, char *argv[])
{
	runmain(argc, argv, "run");
}
